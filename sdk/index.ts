/**
 * Kerf SDK: exact cut metrics for laser-cut sheet-metal drawings.
 *
 * @example
 * import { analyzeDxf } from 'kerf';
 * const r = await analyzeDxf(dxfText, { gapTolerance: 0.01 });
 * console.log(`${r.cutLength.toFixed(1)} mm cut, ${r.pierces} pierces`);
 */
export {
  analyzeDxf, analyzeDxfSync, analyzeWith, DEFAULT_GAP_TOLERANCE, DEFAULT_MAX_BYTES, DEFAULT_MAX_SEGMENTS, loadReferenceReader,
} from './analyze.js';
export type { AnalyzeTimings, DxfReaderName } from './analyze.js';
export { KerfCore, loadCore, loadCoreSync } from './core/core.js';
export { KerfError, isKerfError } from './errors.js';
export type { KerfErrorCode } from './errors.js';
export { GeometryBuffer } from './geometry/buffer.js';
export type {
  AnalysisMetrics, AnalysisWarning, AnalyzeOptions, AnalyzeProgress, AnalyzeResult, BoundingBox, Contour, CutSequence, CutSequenceOptions,
  HealedGeometry, LayerInfo, LayerRole,
  LengthUnit,
} from './types.js';
export { LAYER_KEYWORDS, LAYER_ROLES, roleFromName } from './dxf/layers.js';
export { CatalogSchema, DEFAULT_MARKING_SPEED, findMaterial, loadCatalog } from './pricing/catalog.js';
export type { Catalog, CatalogInput, Material, ThicknessData } from './pricing/catalog.js';
export { DEFAULT_CATALOG } from './pricing/default-catalog.js';
export { DEFAULT_PROFILE, loadProfile, mergeProfile, PricingProfileSchema } from './pricing/profile.js';
export type { PricingOverrides, PricingProfile } from './pricing/profile.js';
export { DEFAULT_RAPID_SPEED, quote } from './pricing/quote.js';
export { findHoles, FinishingPricesSchema, finishingExtraDays, priceFinishing, TAP_DRILL_TOLERANCE, TAP_DRILLS, tapHoles } from './pricing/finishing.js';
export type { FinishingChoice, FinishingLine, FinishingPrices, Hole, TapHoles } from './pricing/finishing.js';
export { addWorkingDays, DEFAULT_LEAD_TIMES, deliveryOptions, isWorkingDay, LeadTimeSchema, today } from './pricing/lead-time.js';
export type { DeliveryOption, LeadTime } from './pricing/lead-time.js';
export type { Quote, QuoteLine, QuoteNestShare, QuoteRequest, QuoteWarning } from './pricing/quote.js';
export type { SheetFit, TrueNestRun, TrueNestVariant } from './core/core.js';
export { nestBasket, nestRectangles } from './pricing/nesting.js';
export type { BasketLine, BasketNest, NestPart, NestResult, Placement } from './pricing/nesting.js';
export { boxOutline, NEST_MIN_HOLE, NEST_TOLERANCE, nestOutline } from './nest/outline.js';
export type { NestOutline, NestOutlineOptions } from './nest/outline.js';
export { nest, NEST_MAX_CELLS, NEST_MIN_CELL, nestCellSize, transformRings } from './nest/nest.js';
export type { NestItem, NestLayout, NestOptions, NestPlacement, NestSheet, NestSheetFormat } from './nest/nest.js';
export { createKerfWorker } from './worker/client.js';
export type { KerfWorker } from './worker/client.js';
export type { KerfWorkerApi } from './worker/protocol.js';
export { previewSvg, previewSvgFromDxf, PREVIEW_STYLE } from './preview/preview-svg.js';
export type { PreviewSvgOptions } from './preview/preview-svg.js';
export { DEFAULT_FLATTEN_TOLERANCE } from './preview/contour-paths.js';
export { HEALED_LAYERS, writeHealedDxf } from './heal/write-healed-dxf.js';
export { generateTemplate, listTemplates, resolveTemplateParams, writeDxf } from './shapes/index.js';
export type { GeneratedTemplate, TemplateInfo, TemplateMetrics, TemplateName, TemplateParamSchema } from './shapes/index.js';
export { createKerfClient } from './client/client.js';
export type { ImportCreateOptions, KerfClient, SubmitOptions } from './client/client.js';
export { KerfApiError, newIdempotencyKey } from './client/http.js';
export type { FetchLike, KerfClientOptions, RequestOptions, RetryOptions } from './client/http.js';
export { MemoryCookieJar } from './client/cookie-jar.js';
export type { CookieJar } from './client/cookie-jar.js';
export { ORDER_STATUSES } from './client/types.js';
export { RETURN_STATUSES } from './client/returns-types.js';
export type {
  OrderReturnRef, ReceiptCondition, ReceiptInput, ReceiptView, ReturnInput, ReturnList, ReturnPhoto, ReturnStatus, ReturnStatusChange,
  ReturnSummary, ReturnView, Shipment, ShipmentInput,
} from './client/returns-types.js';
export type {
  AccessApproval, AccessRequest, Ack, Address, AddressInput, AdminCompany, AdminCompanySummary, AdminOrderList, AdminOrderSummary,
  AdminUser, AdminUserPatch, AllowedMaterial, ApprovalMode, Basket, BasketItem, BasketPatch, CatalogView, Company, CompanyAddress,
  CompanyInput, CompanyPatch, CreatedCompany, DeliveryMethod, DrawingUpload, EmbedKey, EmbedKeyInput, EmbedKeyPatch, Group, GroupInput,
  GroupList, GroupRow, Health, ImportCommit, ImportMessage, ImportRow, ImportRowPatch, ImportRowStatus, ImportStatus, ImportSummary,
  ImportView, InviteInput, ItemList, Language, LoginInput, Member, MemberInput, MemberPatch, Order, OrderDetails,
  OrderEvent, OrderLine, OrderList, OrderPerson, OrderRecord, OrderStatus, OrderSummary, OutboxMail, Part, PartFromDrawing,
  AdminArticle, AdminArticleInput, AdminArticlePatch, Article, ArticleCategory, ArticleImportResult, ArticleCategoryInput, ArticleList, ArticlePriceKind,
  ArticleQuery, ArticleReference, ArticleSort, CompanyArticleCategoryInput, CompanyArticleInput, CompanyArticles, LayerRoles, LocalizedText, PartDrawingPatch, PriceBreak, PartFromTemplate, PartInput, PartList, PartMetrics, PartPatch, PartQuery, PartSort, PartWarning, PricingInput, PricingSettings,
  QuoteInput, QuoteMaterial, RecordInput, RegisterInput, Right, Session, StaffInput, StatusChange, SubmittedOrder, BasketDeliveryOption, FormalQuote, FormalQuoteLine, FormalQuoteList, FormalQuoteSummary, QuoteOrder, ShopQuoteInput, TemplateParamInput,
} from './client/types.js';
// the money trail (issue [8])
export type { Aging, AgingBucket, OpenItem, OpenItemsSummary, Statement, StatementEntry, StatementQuery } from './client/types.js';
// planning and dashboards (issue [8])
export type {
  AdminDashboard, AgeBuckets, CustomerDashboard, DashboardQuery, MaterialDemand, MaterialDemandCell, PlanGrid, PlanImportResult, PlanItem, PlanRow,
  StockBalance, StockLine, StockReport,
} from './client/types.js';
export type { LineChange, OrderAttachment, OrderConfirmationInput, OrderMessage, OrderSupplement, UnreadMessages } from './client/types.js';
// nesting (issue [9])
export type { NestView, NestViewGroup, NestViewLine, NestViewOutline, NestViewPlacement, NestViewSheet } from './client/types.js';
