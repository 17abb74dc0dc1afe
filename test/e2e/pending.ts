// Features that end-to-end steps exercise but that have not landed on main yet. A step that needs
// one still runs: if it fails it is reported as pending with the reason below; if it passes, the
// run fails until the entry is removed here. So no step passes without testing anything, and
// this list cannot go stale. It is meant to be empty.
export const PENDING_FEATURES: Record<string, string> = {
};
