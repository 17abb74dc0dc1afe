// Fault injection for the server-survival tests: COPYDESK_FAULT_INJECTION=check:<id> makes that
// check throw on every run, so tests can prove through the real server process that one broken
// check costs only its own findings. Unset in normal use.
import { findCheck } from './core/checks';

export function injectFaults(spec: string | undefined): void {
  if (!spec) return;
  for (const item of spec.split(',')) {
    const [kind, id] = item.split(':');
    const check = kind === 'check' ? findCheck(id) : undefined;
    if (!check) throw new Error(`COPYDESK_FAULT_INJECTION: unknown fault "${item}"`);
    check.run = () => {
      throw new Error(`fault injected into ${id}`);
    };
  }
}
