// The real builder, `nettbutikk-catalog`, as a release binary: benchmarks
// call the binary itself so cargo's own start-up is not timed.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Where cargo puts it: CARGO_TARGET_DIR when set, as cargo itself does.
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
let BIN = path.join(TARGET, 'release', 'nettbutikk-catalog');
let given = false;

/**
 * Uses the builder binary at `bin` instead of this checkout's (e.g. one
 * built from another commit, to measure before and after a change).
 */
export function useBuilder(bin) {
  BIN = bin;
  given = true;
}

/** Builds the release binary (a no-op when it is up to date) and returns its path. */
export function builderBinary() {
  if (given) return BIN;
  execFileSync('cargo', ['build', '--quiet', '--release', '--locked', '-p', 'nettbutikk-catalog'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return BIN;
}

/**
 * Runs the builder with `args` and returns its wall time and CPU time
 * (user + system, from bash's `times`: on a shared machine the CPU time
 * shows the builder's own cost, the wall time what a user waits).
 * Throws with the builder's output when it does not exit with 0.
 */
export function runBuilder(args) {
  const started = performance.now();
  // The builder's output goes to stderr (kept for errors), `times` to stdout.
  const script = '"$@" >&2; rc=$?; times; exit $rc';
  const run = spawnSync('bash', ['-c', script, 'bash', BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = performance.now() - started;
  if (run.status !== 0) {
    throw new Error(`nettbutikk-catalog ${args.join(' ')} exited with ${run.status}:\n${run.stderr.slice(-2000)}`);
  }
  // `times` prints the shell's own, then its children's user and system time.
  const [user, system] = run.stdout.trim().split('\n').at(-1).split(/\s+/).map(seconds);
  return { wallMs, cpuMs: (user + system) * 1000, output: run.stderr };
}

/** Seconds from bash's `1m2.345s` form. */
function seconds(text) {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!match) throw new Error(`unexpected output of bash times: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}
