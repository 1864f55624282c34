/** What a command writes to; tests pass collectors, the binary passes the process streams. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Documented exit codes. */
export const EXIT = {
  OK: 0,
  /** some articles failed, differences found, or a quality gate tripped */
  FAILURES: 1,
  /** bad usage or configuration: nothing was processed */
  USAGE: 2,
  /** an unexpected internal error */
  INTERNAL: 3,
} as const;
