// Written by scripts/fit-piece-judge.ts --write (hand OR learned sure (> 2.5), L2 0.1, a false positive ×1, fitted on batch-1 batch-2 batch-3 batch-4 batch-5 batch-6 batch-7 batch-8 batch-9 batch-10 batch-11 batch-12): numbers only, in the order of measure-piece.ts PIECE_FEATURES.
export const PIECE_WEIGHTS = {
  weights: [0.705, 0.804, 0.131, 0.831, 0.571, -0.454, 0.422, -0.261, 0.853, -4.837, 0.531, 0, 0.605, 0.17, -0.247, -0.155, -1.129, -0.652, 0.085, 0.526, -0.21, -0.68, 0.428, 0.27, 0.087, 0.653, -2.713, 0.56, -0.05, -0.763, 0.259, 0.157, 0.475, 0.482, -0.112, 0.5, -0.02, -0.07, 0],
  mean: [0.216, 0.434, 0.364, 0.032, 0.497, 0.535, 0.567, 0.052, 0.008, 0.011, 0.201, 0, 0.01, 0.483, 0.322, 0.409, 0.49, 0.035, 0.246, 0.333, 0.559, 0.026, 0.422, 0.102, 0.119, 0.122, 0.003, 0.166, 0.026, 0.248, 0.386, 0.405, 0.157, 0.185, 0.361, 0.188, 0.14, 0.038, 0],
  bias: 2.066,
  margin: 2.5,
  keepHand: true,
};
