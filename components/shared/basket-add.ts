import type { Article, Basket, Part } from '../../sdk/client/types.js';
import type { FinishingChoice } from '../../sdk/pricing/finishing.js';

/**
 * Detail of `kerf-basket-add`, which kerf-configurator, kerf-parts-library (a part, the
 * configurator with its finishing and delivery option) and kerf-catalog (an article) send when
 * something went into the basket; `basket` is the server's basket after it.
 */
export type BasketAddDetail =
  | { part: Part; quantity: number; basket: Basket; finishing?: FinishingChoice; leadTime?: string }
  | { article: Article; quantity: number; basket: Basket };
