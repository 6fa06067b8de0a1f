export {
  canonicalQuantity,
  compareQuantities,
  createQuantity,
  formatQuantity,
  isPositive,
  isZero,
  MAX_BINARY_QUANTITY,
  mustParseQuantity,
  parseQuantity,
  quantityValue,
} from "./quantity";
export type { Quantity, QuantityFormat, QuantityParseResult } from "./quantity";
export { apiServerQuantity } from "./server-echo";
export { Size } from "./size";
export { inexactNumber } from "./inexact-number";
export { sizeProblem } from "./size-problem";
