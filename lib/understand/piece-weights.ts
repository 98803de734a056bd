// Written by scripts/fit-piece-judge.ts --write (hand OR learned sure (> 2.5), L2 0.1, a false positive ×1, fitted on batch-1 batch-2 batch-3 batch-4 batch-5 batch-6 batch-7 batch-8 batch-9 batch-10 batch-11 batch-12): numbers only, in the order of measure-piece.ts PIECE_FEATURES.
export const PIECE_WEIGHTS = {
  weights: [0.76, 0.83, 0.87, 0.55, -0.43, 0.41, -4.9, 0.52, -1.11, -0.71, 0.48, -0.12, -0.66, 0.4, 0.62, -2.89, -0.74, 0.58, 0.51],
  mean: [0.22, 0.43, 0.03, 0.5, 0.54, 0.57, 0.01, 0.2, 0.49, 0.04, 0.33, 0.56, 0.03, 0.42, 0.12, 0, 0.25, 0.16, 0.19],
  bias: 2.061,
  margin: 2.5,
  keepHand: true,
};
