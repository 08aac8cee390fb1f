// Configuration a framework loads only in one named environment, and which environments are a
// developer's or a test run's. Spring Boot reads `application-dev.yaml` only when the `dev` profile is
// active; ASP.NET Core reads `appsettings.Development.json` only when the environment is Development;
// Rails reads `config/environments/test.rb` only under RAILS_ENV=test; dotenv loaders read
// `.env.development` only in development; Django reads the settings module DJANGO_SETTINGS_MODULE
// names, and a project's `settings/test.py` is the one its test runner names (Flagsmith's
// `app/settings/test.py`, chosen by pytest's `--ds=app.settings.test`). A credential there is the development environment's
// (hmcts/send-letter-service's `application-dev.yaml`: the key of a local SFTP emulator). A
// deployment could still switch that environment on, so this is a gap (likely), never silence.

/** Environment names that say development or test. `local` too: a developer's machine. */
const DEVELOPMENT_ENVS = new Set(['dev', 'devel', 'develop', 'development', 'local', 'localdev', 'local-dev', 'test', 'tests', 'testing', 'unittest', 'integrationtest', 'it', 'ci', 'e2e']);

const SPRING = /(?:^|\/)(?:application|bootstrap)-([\w-]{1,40})\.(?:ya?ml|properties)$/i;
const ASPNET = /(?:^|\/)appsettings\.([\w-]{1,40})\.json$/i;
const RAILS = /(?:^|\/)config\/environments\/([\w-]{1,40})\.rb$/i;
const DOTENV = /(?:^|\/)\.env\.([\w-]{1,40})$/i;
/** A settings package's module (`settings/test.py`), or `settings_test.py` / `test_settings.py` beside it. */
const DJANGO = /(?:^|\/)(?:settings\/(\w{1,40})|settings_(\w{1,40})|(\w{1,40}?)_settings)\.py$/;

/**
 * Why a file is configuration of a development or test environment only, by the framework's own
 * naming (one clause), or undefined.
 */
export function developmentEnvironmentOf(path: string): string | undefined {
  const check = (re: RegExp, say: (env: string) => string): string | undefined => {
    const env = re.exec(path)?.[1];
    return env !== undefined && DEVELOPMENT_ENVS.has(env.toLowerCase()) ? say(env) : undefined;
  };
  return (
    check(SPRING, (e) => `Spring loads this file only under the \`${e}\` profile, a development or test profile`) ??
    check(ASPNET, (e) => `ASP.NET Core loads this file only in the \`${e}\` environment, a development or test one`) ??
    check(RAILS, (e) => `Rails loads this file only in the \`${e}\` environment, a development or test one`) ??
    check(DOTENV, (e) => `dotenv loaders read this file only in the \`${e}\` environment, a development or test one`) ??
    django(path)
  );
}

function django(path: string): string | undefined {
  const m = DJANGO.exec(path);
  const env = m?.[1] ?? m?.[2] ?? m?.[3];
  if (env === undefined || !DEVELOPMENT_ENVS.has(env.toLowerCase())) return undefined;
  return `Django loads this settings module only where DJANGO_SETTINGS_MODULE names it, and its name says the \`${env}\` environment, a development or test one`;
}
