// Where each check's help page is: server/help/<id>.md, shipped in the extension and the npm
// package beside the bundles (server/out/), so a diagnostic's link works with no network.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder of the help pages, seen from the bundles in server/out/ (or from server/src/ in tests). */
export const HELP_DIR = join(__dirname, '..', 'help');

const hrefs = new Map<string, string | null>();

/** The file URI of a check's help page, or undefined when there is none (a code without a page). */
export function helpHref(id: string): string | undefined {
  let href = hrefs.get(id);
  if (href === undefined) {
    const page = join(HELP_DIR, `${id}.md`);
    href = /^[a-z][a-z0-9.-]*$/.test(id) && existsSync(page) ? pathToFileURL(page).href : null;
    hrefs.set(id, href);
  }
  return href ?? undefined;
}
