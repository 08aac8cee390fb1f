// Fixture repositories written at test time, so that this repository holds no token-shaped
// string or conflict block of its own (it scans itself).
import { writeTree } from '../helpers/rule-tester.js';
import { ALNUM, BASE32, tokens } from '../helpers/tokens.js';

const { rand } = tokens(42);
const UPPER_DIGITS = BASE32;

export const NASTY_NAME = 'src/we ird%:,|<name>`\u00e9.py';

export interface BlockedRepo {
  root: string;
  secrets: string[];
}

export function blockedService(): BlockedRepo {
  const awsKey = `AKIA${rand(UPPER_DIGITS, 16)}`;
  const ghToken = `ghp_${rand(ALNUM, 36)}`;
  const password = `Sup3r-${rand(ALNUM, 10)}!`;
  const conflict = ['<'.repeat(7) + ' HEAD', 'TIMEOUT = 30', '='.repeat(7), 'TIMEOUT = 60', '>'.repeat(7) + ' feature/slow-backend'].join('\n');
  const root = writeTree({
    'README.md': '# Shop API\n\nShop API\n========\n\nThis service is production ready and battle tested.\n',
    'Dockerfile': 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "-m", "shop"]\n',
    'requirements.txt': 'flask==3.0.3\n',
    'src/shop/__init__.py': '',
    'src/shop/settings.py': `import os\n\nDB_URL = os.environ["DB_URL"]\n${conflict}\n`,
    'src/shop/app.py': `from flask import Flask\n\napp = Flask(__name__)\nGITHUB_TOKEN = "${ghToken}"\n\n# TODO: add auth\n@app.get("/health")\ndef health():\n    return "ok"\n`,
    'tests/test_app.py': `def test_login(client):\n    password = "${password}"\n    assert client.login("admin", password)\n`,
    [NASTY_NAME]: `AWS_ACCESS_KEY_ID = "${awsKey}"\n`,
  });
  return { root, secrets: [awsKey, ghToken, password] };
}

export function readyLibrary(): string {
  return writeTree({
    'README.md': '# tiny-lib\n\nA small library.\n\nUsage\n=====\n\n    import tiny\n',
    '.github/CODEOWNERS': '* @acme/platform\n',
    'tiny/__init__.py': 'import os\n\npassword = os.environ["DB_PASSWORD"]\n\ndef add(a: int, b: int) -> int:\n    return a + b\n',
    'pyproject.toml': '[project]\nname = "tiny-lib"\nversion = "1.0.0"\n',
  });
}
