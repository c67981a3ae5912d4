import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run serve`'s script with `env`; resolves with its exit code and what it wrote to stderr. */
function serve(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/serve.ts'], { env: { ...process.env, ...env }, timeout: 20_000 }, (error, _stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr });
    });
  });
}

describe('npm run serve', () => {
  it('says in one line, without a stack trace, that its port is taken and how to choose another', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sahifa-dist-'));
    writeFileSync(join(dist, 'spa.html'), '<!doctype html>');
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, stderr } = await serve({ PORT: String(port), SAHIFA_DIST: dist });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([`Port ${port} on 127.0.0.1 is already in use. Choose another one: PORT=4174 npm run serve`]);
    } finally {
      taken.close();
    }
  }, 30_000);

  it('says that the site must be built first when there is none', async () => {
    const { code, stderr } = await serve({ SAHIFA_DIST: join(tmpdir(), 'sahifa-no-such-dist') });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^There is no built site in .*: run `npm run build` first\.$/u);
  }, 30_000);
});
