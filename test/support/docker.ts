// A real docker container for the capture tests, where a docker daemon answers (GitHub's runners
// have one; start one here with `dockerd`, and point DOCKER_HOST at it). The image is imported from
// this machine's own curl and sh with their libraries: no registry needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Whether `docker` reaches a daemon. */
export function dockerAvailable(): boolean {
  return (
    spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { stdio: 'ignore' }).status === 0
  );
}

/** Imports an image holding /usr/bin/curl and /bin/sh (and their libraries); returns its tag. */
export function importCurlImage(): string {
  const root = mkdtempSync(join(tmpdir(), 'el-image-'));
  const rootfs = join(root, 'rootfs');
  const programs = ['/usr/bin/curl', realpathSync('/bin/sh')];
  const libraries = programs.flatMap((p) =>
    [...execFileSync('ldd', [p], { encoding: 'utf8' }).matchAll(/(\/\S+) \(0x/g)].map((m) => m[1] as string),
  );
  for (const file of new Set([...programs, ...libraries])) {
    mkdirSync(join(rootfs, dirname(file)), { recursive: true });
    copyFileSync(file, join(rootfs, file));
  }
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  if (programs[1] !== '/bin/sh') symlinkSync(programs[1] as string, join(rootfs, 'bin/sh'));
  mkdirSync(join(rootfs, 'tmp'));
  const tarball = join(root, 'rootfs.tar');
  execFileSync('tar', ['-C', rootfs, '-cf', tarball, '.']);
  const tag = `egress-lens-test:${process.pid}`;
  execFileSync('docker', ['import', tarball, tag], { stdio: 'ignore' });
  rmSync(root, { recursive: true, force: true });
  return tag;
}

export function removeImage(tag: string): void {
  spawnSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
}
