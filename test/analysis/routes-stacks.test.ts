import { beforeAll, describe, expect, it } from 'vitest';
import { observeRoutes, routeModel, serves, healthRoutes, type RouteObservation } from '../../src/analysis/routes/index.js';
import { optionalVariants } from '../../src/analysis/routes/ruby.js';
import { optionalTails } from '../../src/analysis/routes/templates.js';
import { loadGrammars } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

beforeAll(async () => {
  await loadGrammars(['csharp', 'ruby', 'php']);
});

/** The route model of a tree of files, as the checks build it. */
function model(files: Record<string, string>) {
  const obs: Array<{ path: string; value: RouteObservation }> = [];
  for (const [path, text] of Object.entries(files)) {
    const value = observeRoutes(SourceFile.fromText(path, text));
    if (value) obs.push({ path, value });
  }
  return routeModel(obs, Object.keys(files));
}

const routes = (m: ReturnType<typeof model>) => m.flatMap((s) => s.routes.map((r) => `${r.method} ${r.anchored ? '' : '…'}${r.path}`)).sort();

describe('ASP.NET Core', () => {
  const program = [
    'var builder = WebApplication.CreateBuilder(args);',
    'builder.Services.AddHealthChecks();',
    'var app = builder.Build();',
    'app.MapGet("/hello", () => "hi");',
    'var api = app.MapGroup("/api").WithTags("api");',
    'api.MapGet("/orders/{id:int}", (int id) => id).WithName("order");',
    'app.MapGroup("/v2").RequireAuthorization().MapPost("/items", () => 1);',
    'app.MapHealthChecks("/healthz");',
    'app.MapControllers();',
    'app.Run();',
  ].join('\n');

  it('minimal APIs: MapGet, MapGroup through variables and chains, MapHealthChecks', () => {
    const m = model({ 'src/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>', 'src/Api/Program.cs': program });
    expect(m.map((s) => s.root)).toEqual(['src/Api']);
    expect(routes(m)).toEqual(['GET /api/orders/{id:int}', 'GET /healthz', 'GET /hello', 'POST /v2/items']);
    const s = m[0]!;
    expect(s.frameworks).toEqual(['aspnetcore']);
    expect(healthRoutes(s)).toEqual(['/healthz']);
    // Case-insensitive, as ASP.NET Core routing.
    expect(serves(s, '/API/Orders/3').served).toBe(true);
    expect(serves(s, '/api/orders').served).toBe(false);
    // AddHealthChecks with a MapHealthChecks in the same file: paths known.
    expect(s.healthModules).toEqual([]);
    expect(s.confident).toBe(true);
  });

  it('controllers: [Route] on the class with [controller], [HttpGet] templates, ~/ absolute, bare [HttpPost]', () => {
    const ctl = [
      'namespace Shop.Controllers;',
      '[ApiController]',
      '[Route("api/[controller]")]',
      'public class OrdersController : ControllerBase {',
      '  [HttpGet("{id}")] public IActionResult Get(int id) => Ok();',
      '  [HttpGet, Route("~/ping")] public IActionResult Ping() => Ok();',
      '  [HttpPost] public IActionResult Create() => Ok();',
      '  [HttpGet("[action]")] public IActionResult SummaryAsync() => Ok();',
      '  private void Helper() {}',
      '}',
    ].join('\n');
    const m = model({ 'Shop/Shop.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Shop/Controllers/OrdersController.cs': ctl });
    expect(routes(m)).toEqual(['GET /api/Orders/Summary', 'GET /api/Orders/{id}', 'GET /ping', 'POST /api/Orders']);
    expect(serves(m[0]!, '/api/orders/7').served).toBe(true);
    expect(serves(m[0]!, '/orders/7').served).toBe(false);
  });

  it('near-miss: [HttpGet]/[HttpPost] without a template in a controller without [Route] constrain a conventional route: no path', () => {
    const ctl = 'public class AccountController : Controller {\n  [HttpGet] public IActionResult Login() => View();\n  [HttpPost] public IActionResult Logout() => View();\n  [HttpGet("account/ping")] public IActionResult Ping() => Ok();\n}\n';
    const m = model({ 'Id/Id.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Id/AccountController.cs': ctl });
    expect(routes(m)).toEqual(['GET /account/ping']);
  });

  it('UseEndpoints lambdas are the root; UsePathBase serves every route under the base too', () => {
    const startup = 'public class Startup { public void Configure(IApplicationBuilder app) { app.UsePathBase("/svc"); app.UseEndpoints(endpoints => { endpoints.MapGet("/status", c => c.Response.WriteAsync("ok")); }); } }';
    const m = model({ 'Svc.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Startup.cs': startup });
    expect(routes(m)).toEqual(['GET /status', 'GET /svc/status']);
    expect(serves(m[0]!, '/svc/status').served).toBe(true);
  });

  it('near-misses: MapGet on a parameter is only a tail; AddHealthChecks without MapHealthChecks is a health module with unknown paths; fallbacks are catch-alls', () => {
    const ext = 'public static class Endpoints { public static void MapOrders(this IEndpointRouteBuilder group) { group.MapGet("/orders", () => 1); } }';
    const m = model({ 'A/A.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'A/Endpoints.cs': ext, 'A/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHealthChecks();\nvar app = builder.Build();\napp.MapFallbackToFile("index.html");\n' });
    expect(routes(m)).toEqual(['GET …/orders']);
    expect(m[0]!.healthModules.map((h) => h.paths)).toEqual([[]]);
    expect(m[0]!.catchAll).toBe(true);
    expect(m[0]!.confident).toBe(false);
  });

  it('.NET Aspire MapDefaultEndpoints and MapHub<T>: a health module with unknown paths, a hub route', () => {
    const m = model({ 'Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Web/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nbuilder.AddServiceDefaults();\nvar app = builder.Build();\napp.MapDefaultEndpoints();\napp.MapHub<ChatHub>("/chat");\n' });
    expect(routes(m)).toEqual(['ANY /chat']);
    expect(m[0]!.healthModules).toEqual([{ name: 'MapDefaultEndpoints (.NET Aspire service defaults: /health, /alive)', paths: [] }]);
  });

  it('optional trailing parameters ({id?}, {page=1}) answer without them too; a required one does not', () => {
    const m = model({ 'W/W.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'W/Program.cs': 'var app = WebApplication.Create(args);\napp.MapGet("/items/{id?}", (int? id) => id);\napp.MapGet("/pages/{n=1}", (int n) => n);\napp.MapGet("/users/{id}", (int id) => id);\n' });
    expect(routes(m)).toEqual(['GET /items', 'GET /items/{id?}', 'GET /pages', 'GET /pages/{n=1}', 'GET /users/{id}']);
    expect(serves(m[0]!, '/users').served).toBe(false);
  });

  it('near-miss: calls and attributes named like Object.prototype members register nothing', () => {
    const m = model({ 'C/C.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'C/P.cs': 'app.constructor("/x");\napp.toString("/y");\n[Route("r")] class KController { [constructor("/z")] public void M() {} }\n', 'C/routes/web.php': "<?php\nRoute::constructor('/a');\nRoute::hasOwnProperty('/b');\n" });
    expect(routes(m)).toEqual(['ANY /r']);
    expect(m.flatMap((s) => s.healthModules)).toEqual([]);
  });

  it('a reverse proxy (YARP) or SPA hosting answers paths no template lists: catch-all', () => {
    for (const call of ['app.MapReverseProxy();', 'app.UseSpa(spa => { spa.Options.SourcePath = "ClientApp"; });']) {
      const m = model({ 'G/G.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'G/Program.cs': `var app = WebApplication.Create(args);\napp.MapGet("/healthz", () => 1);\n${call}\n` });
      expect(m[0]!.catchAll).toBe(true);
    }
  });

  it('near-miss: a Map call without a path, and C# files that route nothing, give no routes', () => {
    const m = model({ 'B/B.csproj': '<Project Sdk="Microsoft.NET.Sdk" />', 'B/Mapper.cs': 'class M { void Go(IMapper mapper) { var x = mapper.Map<Dto>(entity); var d = dict.Map(x => x); } }' });
    expect(routes(m)).toEqual([]);
  });
});

describe('Rails', () => {
  const rb = [
    'Rails.application.routes.draw do',
    "  # get '/commented', to: 'x#y'",
    '  get "up" => "rails/health#show", as: :rails_health_check',
    "  root 'posts#index'",
    '  resources :posts, only: [:index, :show] do',
    '    resources :comments, only: :index',
    '    get :preview, on: :member',
    '  end',
    '  namespace :api do',
    "    scope '/v1' do",
    "      get 'status', to: 'status#show'",
    '    end',
    '  end',
    "  resource :profile, only: [:show]",
    "  mount Sidekiq::Web => '/sidekiq'",
    "  match 'ping', to: 'p#p', via: [:get, :post]",
    '  draw :admin',
    'end',
  ].join('\n');

  it('verbs, root, resources (only:, nested, member), namespace and scope, mount, match, draw', () => {
    const m = model({ Gemfile: "gem 'rails'\n", 'config/routes.rb': rb, 'config/routes/admin.rb': "namespace :admin do\n  resources :users, only: :index\nend\n" });
    expect(routes(m)).toEqual([
      'ANY /posts/:id',
      'ANY /profile',
      'ANY /ping',
      'GET /',
      'GET /admin/users',
      'GET /api/v1/status',
      'GET /posts',
      'GET /posts/:id/preview',
      'GET /posts/:post_id/comments',
      'GET /up',
    ].sort());
    const s = m[0]!;
    expect(s.root).toBe('.');
    expect(healthRoutes(s)).toContain('/up');
    expect(serves(s, '/sidekiq/queues').served).toBe(true);
    expect(serves(s, '/commented').served).toBe(false);
    expect(s.unread).toBeUndefined();
  });

  it('a drawn file that is not in the tree leaves the routes unread; a draw inside a namespace prefixes its routes', () => {
    const missing = model({ Gemfile: "gem 'rails'\n", 'config/routes.rb': "Rails.application.routes.draw do\n  get '/a', to: 'a#a'\n  draw(:api)\nend\n" });
    expect(missing[0]!.unread).toContain('config/routes/api.rb');
    const nested = model({ Gemfile: "gem 'rails'\n", 'config/routes.rb': "Rails.application.routes.draw do\n  namespace :v2 do\n    draw(:api)\n  end\nend\n", 'config/routes/api.rb': "get 'health', to: 'h#s'\n" });
    expect(routes(nested)).toEqual(['GET /v2/health']);
  });

  it('near-miss: a scope whose path is a variable, and a subdomain constraint, leave only the tail', () => {
    const m = model({ Gemfile: "gem 'rails'\n", 'config/routes.rb': "Rails.application.routes.draw do\n  scope path: ENV['BASE'] do\n    get 'health', to: 'h#s'\n  end\n  constraints subdomain: 'api' do\n    get 'status', to: 's#s'\n  end\nend\n" });
    expect(routes(m)).toEqual(['GET …/health', 'GET …/status']);
  });

  it('optional segments expand to both paths (bounded)', () => {
    expect(optionalVariants('(:locale)/about')).toEqual(['/about', ':locale/about']);
    expect(optionalVariants('photos(/:id)')).toEqual(['photos', 'photos/:id']);
    expect(optionalVariants('(a)(b)(c)(d)(e)(f)').length).toBeLessThanOrEqual(8);
  });

  it('near-miss: Ruby files other than the routes files are not read', () => {
    expect(model({ Gemfile: "gem 'sinatra'\n", 'app.rb': "get '/health' do\n  'ok'\nend\n" })).toEqual([]);
  });
});

/** The Symfony Flex recipe's `config/routes.yaml`: the controllers of src/Controller/ at the root. */
const ATTRIBUTES = 'controllers:\n  resource: ../src/Controller/\n  type: attribute\n';

describe('Laravel and Symfony', () => {
  const api = [
    '<?php',
    'use Illuminate\\Support\\Facades\\Route;',
    "// Route::get('/commented', fn () => 1);",
    '$s = "Route::get(\'/in-a-string\')";',
    "Route::get('/health', fn () => 'ok');",
    "Route::prefix('v1')->middleware('auth')->group(function () {",
    "    Route::post('/orders', [OrderController::class, 'store'])->name('orders.store');",
    "    Route::group(['prefix' => 'admin'], function () {",
    "        Route::apiResource('photos', PhotoController::class);",
    '    });',
    '});',
  ].join('\n');

  it('routes/api.php under /api: verbs, prefix and array groups, apiResource; not comments nor strings', () => {
    const m = model({ 'composer.json': '{"require":{"laravel/framework":"^11.0"}}', 'routes/api.php': api, 'routes/web.php': "<?php\nRoute::view('/', 'welcome');\n" });
    expect(routes(m)).toEqual(['ANY /api/v1/admin/photos', 'ANY /api/v1/admin/photos/{photo}', 'GET /', 'GET /api/health', 'POST /api/v1/orders']);
    expect(serves(m[0]!, '/api/in-a-string').served).toBe(false);
  });

  it('a Laravel SPA catch-all (`->where(\'any\', \'.*\')`) makes the service a catch-all; a digit constraint does not', () => {
    const spa = model({ 'composer.json': '{}', 'routes/web.php': "<?php\nRoute::get('/health', fn () => 'ok');\nRoute::get('/{any}', fn () => view('app'))->where('any', '.*');\n" });
    expect(spa[0]!.catchAll).toBe(true);
    const ids = model({ 'composer.json': '{}', 'routes/web.php': "<?php\nRoute::get('/users/{id}', fn ($id) => $id)->where('id', '[0-9]+');\n" });
    expect(ids[0]!.catchAll).toBe(false);
    // Near miss: a `'.*'` in the handler, not in the `where` arguments.
    const handler = model({ 'composer.json': '{}', 'routes/web.php': "<?php\nRoute::get('/users/{id}', fn ($id) => preg_match('.*', $id))->where('id', '[0-9]+');\n" });
    expect(handler[0]!.catchAll).toBe(false);
  });

  it('Laravel optional parameters: `/user/{name?}` also answers `/user`', () => {
    const m = model({ 'composer.json': '{}', 'routes/web.php': "<?php\nRoute::get('/user/{name?}', fn ($name = null) => $name);\n" });
    expect(routes(m)).toEqual(['GET /user', 'GET /user/{name?}']);
  });

  it('Laravel 11 withRouting: health: \'/up\' is a health route, apiPrefix moves routes/api.php', () => {
    const boot = "<?php\nreturn Application::configure(basePath: dirname(__DIR__))\n    ->withRouting(web: __DIR__.'/../routes/web.php', api: __DIR__.'/../routes/api.php', health: '/up', apiPrefix: 'api/v2')\n    ->create();\n";
    const m = model({ 'composer.json': '{}', 'bootstrap/app.php': boot, 'routes/api.php': "<?php\nRoute::get('/users', fn () => 1);\n" });
    expect(routes(m)).toEqual(['GET /api/v2/users', 'GET /up']);
    expect(healthRoutes(m[0]!)).toEqual(['/up']);
  });

  it('near-miss: a route file outside routes/web.php and routes/api.php has an unknown prefix', () => {
    const m = model({ 'composer.json': '{}', 'Modules/Blog/Routes/web.php': "<?php\nRoute::get('/posts', fn () => 1);\n" });
    expect(routes(m)).toEqual(['GET …/posts']);
  });

  it('Symfony: #[Route] on methods under the class prefix, and config/routes.yaml paths', () => {
    const ctl = "<?php\nnamespace App\\Controller;\nuse Symfony\\Component\\Routing\\Attribute\\Route;\n#[Route('/api')]\nclass HealthController extends AbstractController {\n    #[Route('/health', name: 'health', methods: ['GET'])]\n    public function health(): Response { return new Response('ok'); }\n    #[Route(path: '/items/{id}')]\n    public function item(): Response {}\n}\n";
    const yaml = 'controllers:\n  resource:\n    path: ../src/Controller/\n    namespace: App\\Controller\n  type: attribute\nping:\n  path: /ping\n  controller: App\\Controller\\PingController\n  methods: GET\nwhen@dev:\n  _errors:\n    path: /_error\n    controller: x\n';
    const m = model({ 'composer.json': '{"require":{"symfony/framework-bundle":"7.*"}}', 'src/Controller/HealthController.php': ctl, 'config/routes.yaml': yaml });
    expect(routes(m)).toEqual(['ANY /api/items/{id}', 'GET /api/health', 'GET /ping']);
    expect(m[0]!.frameworks).toEqual(['symfony']);
    expect(m[0]!.routes.find((r) => r.path === '/ping')).toMatchObject({ file: 'config/routes.yaml', line: 6 });
  });

  it('near-miss: a config/routes.yaml outside a Composer project is not Symfony\'s', () => {
    expect(model({ 'package.json': '{"dependencies":{"express":"4"}}', 'config/routes.yaml': 'home:\n  path: /home\n  controller: x\n' })).toEqual([]);
  });

  it('a class #[Route] that only names routes adds no prefix', () => {
    const m = model({ 'composer.json': '{}', 'config/routes.yaml': ATTRIBUTES, 'src/Controller/B.php': "<?php\n#[Route(name: 'api_')]\nclass B { #[Route('/status', methods: 'GET')] public function s() {} }\n" });
    expect(routes(m)).toEqual(['GET /status']);
    expect(m[0]!.unread).toBeUndefined();
  });

  it('a Symfony import serves its folder\'s attribute routes under its prefix', () => {
    const ctl = "<?php\nclass A { #[Route('/health')] public function h() {} }\n";
    const m = model({ 'composer.json': '{}', 'src/Controller/A.php': ctl, 'config/routes/attributes.yaml': 'controllers:\n  resource: ../../src/Controller/\n  type: attribute\n  prefix: /internal\n' });
    expect(routes(m)).toEqual(['ANY /internal/health']);
    expect(serves(m[0]!, '/internal/health').served).toBe(true);
    expect(serves(m[0]!, '/health').served).toBe(false);
    expect(m[0]!.unread).toBeUndefined();
  });

  // kimai/kimai: `HEALTHCHECK curl -f http://127.0.0.1:8001` (that is `/`) was judged against `#[Route('/ping')]` alone.
  const kimai = {
    'composer.json': '{"require":{"symfony/framework-bundle":"6.*"}}',
    'config/routes.yaml': [
      'home:\n  path: /\n  defaults:\n    _controller: Symfony\\Bundle\\FrameworkBundle\\Controller\\RedirectController::redirectAction\n    route: homepage\n',
      'controllers:\n  resource: ../src/Controller/\n  type: attribute\n  prefix: /{_locale}\n  defaults:\n    _locale: en\n',
      'api:\n  resource: ../src/API/\n  type: attribute\n  prefix: /api\n',
      'kernel:\n  resource: ../src/Kernel.php\n  type: attribute\n',
      'homeLocale:\n  path: /{_locale}\n  defaults:\n    _locale: en\n',
    ].join(''),
    'config/routes/dev/twig.yaml': '_errors:\n  path: /_error/{code}\n',
    'src/API/StatusController.php': "<?php\n#[Route(path: '/status')]\nclass StatusController { #[Route(path: '/ping', methods: ['GET'])] public function ping() {} }\n",
    'src/Controller/HomepageController.php': "<?php\nclass HomepageController {\n  #[Route(path: '/', name: 'index')] public function index() {}\n  #[Route(path: '/homepage', name: 'homepage')] public function home() {}\n}\n",
  };

  it('Symfony routing read in full (kimai): YAML routes, attribute imports with prefixes, a `{_locale}` prefix with a default', () => {
    const m = model(kimai);
    // `/{_locale}` with a default also answers `/`; inside a path the parameter is required.
    expect(routes(m)).toEqual(['ANY /', 'ANY /', 'ANY /', 'ANY /{_locale}', 'ANY /{_locale}', 'ANY /{_locale}/homepage', 'GET /api/status/ping']);
    const s = m[0]!;
    expect(serves(s, '/').served).toBe(true);
    expect(serves(s, '/de/homepage').served).toBe(true);
    expect(serves(s, '/api/status/ping').served).toBe(true);
    // Near misses: an attribute route outside its import's prefix, and a dev-only route.
    expect(serves(s, '/status/ping').served).toBe(false);
    expect(serves(s, '/_error/500').served).toBe(false);
    expect(s.unread).toBeUndefined();
  });

  it('per-locale prefixes and paths, and `when@prod:` routes are read; `when@dev:` are not', () => {
    const yaml = 'controllers:\n  resource: ../src/Controller/\n  type: attribute\n  prefix:\n    en: ""\n    nl: /nl\nabout:\n  path:\n    en: /about\n    nl: /over-ons\nwhen@prod:\n  up:\n    path: /up\nwhen@dev:\n  dbg:\n    path: /dbg\n';
    const m = model({ 'composer.json': '{}', 'config/routes.yaml': yaml, 'src/Controller/H.php': "<?php\nclass H { #[Route('/health')] public function h() {} }\n" });
    expect(routes(m)).toEqual(['ANY /about', 'ANY /health', 'ANY /nl/health', 'ANY /over-ons', 'ANY /up']);
  });

  it('near-misses: what the model does not read leaves the Symfony routes unread, never proven unserved', () => {
    const ctl = { 'composer.json': '{}', 'src/Controller/A.php': "<?php\nclass A { #[Route('/health')] public function h() {} }\n" };
    // No routing configuration: the controllers' prefix is unknown.
    const none = model(ctl);
    expect(routes(none)).toEqual(['ANY …/health']);
    expect(none[0]!.unread).toContain('no Symfony routing configuration');
    // A bundle's routes, a PHP routing file, a service-type import, a Kernel that loads routes in code.
    const bundle = model({ ...ctl, 'config/routes.yaml': `${ATTRIBUTES}admin:\n  resource: '@EasyAdminBundle/config/routes.yaml'\n  prefix: /admin\n` });
    expect(bundle[0]!.unread).toBe("config/routes.yaml:4 imports a bundle's routes, which are not in the repository");
    expect(routes(bundle)).toEqual(['ANY /health']);
    expect(model({ ...ctl, 'config/routes.yaml': ATTRIBUTES, 'config/routes/security.php': '<?php\nreturn static function (RoutingConfigurator $routes) {};\n' })[0]!.unread).toContain('config/routes/security.php');
    expect(model({ ...ctl, 'config/routes.yaml': `${ATTRIBUTES}svc:\n  resource: App\\Routing\\Loader\n  type: service\n` })[0]!.unread).toContain('config/routes.yaml:4 imports routes the model does not read');
    const kernel = "<?php\nclass Kernel extends BaseKernel {\n  use MicroKernelTrait;\n  private function configureRoutes(RoutingConfigurator $routes): void { $routes->import('plugins'); }\n}\n";
    expect(model({ ...ctl, 'config/routes.yaml': ATTRIBUTES, 'src/Kernel.php': kernel })[0]!.unread).toBe('src/Kernel.php:4 loads routes in code (`configureRoutes`), which the model does not read');
    // A controller no import loads: a tail.
    const outside = model({ ...ctl, 'config/routes.yaml': 'api:\n  resource: ../src/Api/\n  type: attribute\n' });
    expect(routes(outside)).toEqual(['ANY …/health']);
    expect(outside[0]!.unread).toContain('src/Controller/A.php');
  });

  it('Symfony 7.3 `routing.controllers` loads every controller; a glob resource stands for its folder', () => {
    const ctl = { 'composer.json': '{}', 'src/Controller/A.php': "<?php\nclass A { #[Route('/health')] public function h() {} }\n" };
    expect(routes(model({ ...ctl, 'config/routes.yaml': 'controllers:\n  resource: routing.controllers\n' }))).toEqual(['ANY /health']);
    expect(routes(model({ ...ctl, 'config/routes.yaml': 'controllers:\n  resource: ../src/Controller/*Controller.php\n  type: attribute\n  prefix: /x\n' }))).toEqual(['ANY /x/health']);
    expect(routes(model({ ...ctl, 'config/routes.yaml': 'c:\n  resource: "%kernel.project_dir%/src/Controller/"\n  type: attribute\n  prefix: /p\n' }))).toEqual(['ANY /p/health']);
    // An app in a folder of the repository: its resources resolve from its own config/.
    const sub = model({ 'app/composer.json': '{}', 'app/src/Controller/A.php': ctl['src/Controller/A.php'], 'app/config/routes/attributes.yaml': 'c:\n  resource: "%kernel.project_dir%/src/Controller/"\n  type: attribute\nd:\n  resource: ../../src/Controller/\n  type: attribute\n  prefix: /d\n' });
    expect(routes(sub)).toEqual(['ANY /d/health', 'ANY /health']);
    expect(sub[0]!.root).toBe('app');
    // A resource above the repository is no folder of it.
    expect(model({ ...ctl, 'config/routes.yaml': 'c:\n  resource: ../../../elsewhere/\n  type: attribute\n' })[0]!.unread).toContain('config/routes.yaml:1');
  });
});

describe('route extraction never throws on arbitrary C#, Ruby and PHP', () => {
  it('fuzzed', async () => {
    const fc = (await import('fast-check')).default;
    const wrap: Record<string, (s: string) => [string, string]> = {
      cs: (s) => ['a/Program.cs', `app.MapGet("/x", h);\n${s}\n[Route("${s}")] class C { [HttpGet(${s})] void M() {} }`],
      rb: (s) => ['config/routes.rb', `resources :x do\n${s}\nend\nget '${s}'`],
      php: (s) => ['routes/web.php', `<?php Route::prefix(${s})->group(function () { Route::get('/x', ${s}); });`],
      yaml: (s) => ['config/routes.yaml', `c:\n  resource: ${s}\n  type: attribute\n  prefix: ${s}\nh:\n  path: ${s}\n  defaults: { ${s}: 1 }\n`],
    };
    for (const w of Object.values(wrap)) fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void model({ 'composer.json': '{}', ...Object.fromEntries([w(s)]) })), { numRuns: 40 });
  });
});

describe('optional route template segments', () => {
  it('trailing {x?} and {x=1} segments drop, others stay; a long hostile segment is read once (the test timeout fails a quadratic scan)', () => {
    expect(optionalTails('/a/{id?}/{page=1}')).toEqual(['/a/{id?}/{page=1}', '/a/{id?}', '/a']);
    expect(optionalTails('/a/{id}')).toEqual(['/a/{id}']);
    expect(optionalTails('/{x?}')).toEqual(['/{x?}', '/']);
    expect(optionalTails('/a/{b/c?}')).toEqual(['/a/{b/c?}']);
    for (const seg of [`{${'?'.repeat(300_000)}`, `{${'=?'.repeat(150_000)}`, `{${'?'.repeat(300_000)}{}`]) expect(optionalTails(`/a/${seg}`)).toEqual([`/a/${seg}`]);
  });
});

describe('controller class prefixes on hostile input', () => {
  const cs = (n: number) => `[ApiController]\n${Array.from({ length: n }, (_, i) => `[Route("v${i}")]`).join('\n')}\npublic class HealthController {\n[HttpGet("health")]\npublic int Get() => 1;\n[HttpGet("ready")]\npublic int Ready() => 1;\n}\n`;
  const php = (n: number) => `<?php\n${Array.from({ length: n }, (_, i) => `#[Route('/v${i}')]`).join('\n')}\nclass HealthController {\n#[Route('/health')]\npublic function health() {}\n#[Route('/ready')]\npublic function ready() {}\n}\n`;

  it('more [Route] prefixes on a class than any controller has: its actions are known by their tails, not prefixes × actions', () => {
    expect(routes(model({ 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Api/HealthController.cs': cs(500) }))).toEqual(['GET …/health', 'GET …/ready']);
    expect(routes(model({ 'composer.json': '{}', 'src/Controller/HealthController.php': php(500) }))).toEqual(['ANY …/health', 'ANY …/ready']);
  });

  it('many [Route]s and [HttpGet]s on one action: one route per template and distinct method', () => {
    const action = `[ApiController]\n[Route("api")]\npublic class XController {\n${'[HttpGet]\n'.repeat(500)}${Array.from({ length: 500 }, (_, i) => `[Route("r${i}")]`).join('\n')}\npublic int Get() => 1;\n}\n`;
    const m = model({ 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Api/XController.cs': action });
    expect(routes(m)).toHaveLength(500);
    expect(routes(m).slice(0, 2)).toEqual(['GET /api/r0', 'GET /api/r1']);
  });

  it('near miss: a few class prefixes are each applied to every action', () => {
    expect(routes(model({ 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web" />', 'Api/HealthController.cs': cs(2) }))).toEqual(['GET /v0/health', 'GET /v0/ready', 'GET /v1/health', 'GET /v1/ready']);
    expect(routes(model({ 'composer.json': '{}', 'config/routes.yaml': ATTRIBUTES, 'src/Controller/HealthController.php': php(2) }))).toEqual(['ANY /v0/health', 'ANY /v0/ready', 'ANY /v1/health', 'ANY /v1/ready']);
  });
});
