// code-server (VS Code 1.100 served to a browser) for the end-to-end tests: installed once into a
// cache folder by install-code-server.sh, started per run on loopback with throwaway folders.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures';

/** Runs the (idempotent) installer and returns the path of the `code-server` executable. */
export function installCodeServer(): string {
  const result = spawnSync('bash', [join(ROOT, 'test', 'e2e', 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`install-code-server.sh failed (exit ${result.status}); see the messages above`);
  const bin = result.stdout.trim().split('\n').pop();
  if (!bin) throw new Error('install-code-server.sh printed no path');
  return bin;
}

/** User settings for a test window: nothing that covers the editor or reaches for the network. */
export const TEST_SETTINGS = {
  // The trust dialog would cover the window on first open.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // Long news paragraphs wrap, so a screenshot shows the whole draft.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  // Word completions would pop up while the test types prose.
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.wordBasedSuggestions': 'off',
  'files.autoSave': 'off',
};

export interface CodeServerOptions {
  bin: string;
  vsix: string;
  /** The folder the window opens. */
  workspace: string;
}

export class CodeServer {
  private output = '';

  private constructor(
    private readonly process: ChildProcess,
    readonly url: string,
    readonly userDataDir: string,
    /** The throwaway folder that holds the user data, extensions and XDG folders. */
    private readonly home: string,
  ) {}

  /** Installs the extension into fresh folders and starts code-server on a free loopback port. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const home = mkdtempSync(join(tmpdir(), 'copydesk-e2e-code-server-'));
    const userDataDir = join(home, 'user-data');
    const extensionsDir = join(home, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(TEST_SETTINGS, null, 2));
    // code-server writes its config and state under XDG folders: keep them out of the user's home.
    const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };

    const install = spawnSync(options.bin, ['--install-extension', options.vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { encoding: 'utf8', env });
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
      throw new Error(`code-server --install-extension ${options.vsix} failed (exit ${install.status}):\n${install.stdout}${install.stderr}`);
    }

    const child = spawn(options.bin, [
      '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check',
      '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, options.workspace,
    ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`code-server did not start listening within 60 s:\n${output}`)), 60_000);
      const check = () => {
        const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      child.on('exit', (code) => fail(new Error(`code-server exited with ${code} before listening:\n${output}`)));
      child.on('error', fail);
    }).catch(async (error: unknown) => {
      await stopProcessGroup(child);
      rmSync(home, { recursive: true, force: true });
      throw error;
    });
    await waitForHealth(url);
    const server = new CodeServer(child, url, userDataDir, home);
    server.output = output;
    child.stdout?.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
    return server;
  }

  /** The address that opens `folder` in the workbench. */
  folderUrl(folder: string): string {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  /** code-server's own log (startup, extension host errors). */
  log(): string {
    return this.output;
  }

  /** Stops code-server and everything it started, and deletes its throwaway folders. */
  async stop(): Promise<void> {
    await stopProcessGroup(this.process);
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Polls code-server's health endpoint until it answers (it listens before it is ready to serve). */
async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server at ${url} never answered /healthz (${last})`);
}

/** Ends code-server and the processes it started (extension host, language server): its own group. */
function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      // Whatever of the group outlived code-server (an extension host, the language server).
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // The group is gone.
      }
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}
