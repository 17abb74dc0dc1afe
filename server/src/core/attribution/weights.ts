// The attribution model's weights, in the order of FEATURE_NAMES (scoring.ts), and the threshold a
// candidate's score must reach. Written by server/scripts/fit-attribution.ts (npm run fit-attribution
// -- --write) on the fit part of the PolNeAR train split: do not edit by hand.
export const WEIGHTS: readonly number[] = [-0.495, 0, 0, 1.085, 2.875, 0.366, -0.552, 0.618, 0.405, -0.746, -1.46, -0.575, -2.173, 0.582, 0.64, -0.187, -0.107, -1.688];
export const THRESHOLD = -0.708;
