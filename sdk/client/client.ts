/**
 * `createKerfClient()`: every route of the portal API as a typed method, grouped by area like the
 * server's routes (server/routes/*.ts). Framework-free; runs in browsers, workers and Node.
 */
import type { FinishingChoice } from '../pricing/finishing.js';
import type { Quote } from '../pricing/quote.js';
import { createTransport, newIdempotencyKey, type Call, type KerfClientOptions, type QueryValue, type RequestOptions } from './http.js';
import type { CreatedWebhook, OrderExportQuery, Webhook, WebhookDelivery, WebhookInput, WebhookPatch } from './types.js';
import type { NestView } from './types.js';
import type { FormalQuote, FormalQuoteList, QuoteOrder, ShopQuoteInput } from './types.js';
import type { OrderAttachment, OrderConfirmationInput, OrderMessage, UnreadMessages } from './types.js';
import type { OpenItemsSummary, Statement, StatementQuery } from './types.js';
import type { ReceiptInput, ReturnInput, ReturnList, ReturnStatus, ReturnStatusChange, ReturnView, ShipmentInput } from './returns-types.js';
import type { AdminDashboard, CustomerDashboard, DashboardQuery, MaterialDemand, PlanGrid, PlanImportResult, PlanRow, StockBalance, StockLine, StockReport } from './types.js';
import type {
  AccessApproval, AccessRequest, Ack, AddressInput, AdminCompany, AdminCompanySummary, AdminOrderList, AdminUser, AdminUserPatch,
  Basket, BasketPatch, CatalogView, Company, CompanyInput, CompanyPatch, CreatedCompany, DrawingUpload, EmbedKey, EmbedKeyInput,
  EmbedKeyPatch, GroupInput, GroupList, Health, ImportCommit, ImportRow, ImportRowPatch, ImportSummary, ImportView, InviteInput, ItemList,
  LoginInput, Member, MemberInput, MemberPatch, Order,
  OrderDetails, OrderList, OrderStatus, OutboxMail, AdminArticle, AdminArticleInput, AdminArticlePatch, Article, ArticleCategory, ArticleImportResult, ArticleCategoryInput, ArticleList, ArticleQuery, ArticleReference,
  CompanyArticleCategoryInput, CompanyArticleInput, CompanyArticles, LayerRoles, Part, PartDrawingPatch, PartInput, PartList, PartPatch, PartQuery, PricingInput, PricingSettings,
  QuoteInput, RecordInput, RegisterInput, Session, StaffInput, StatusChange, SubmittedOrder,
} from './types.js';

/**
 * Options of `orders.submit`: the Idempotency-Key to send (default a new UUID, sent again on the
 * client's own retries of this call).
 * @example
 * await client.orders.submit({ commission: 'Hall 3' }, { idempotencyKey: savedKey });
 */
export interface SubmitOptions extends RequestOptions {
  idempotencyKey?: string;
}

/**
 * Options of `imports.create`: the sheet's file name when it is a Blob without one (its extension,
 * `.xlsx` or `.csv`, tells the server how to read it; default `import.csv`).
 * @example
 * await client.imports.create(csvBlob, [bracket], { sheetName: 'parts.csv' });
 */
export interface ImportCreateOptions extends RequestOptions {
  sheetName?: string;
  /** Layer roles for every drawing of the import (a row's `layers` column adds its own). */
  layers?: LayerRoles;
}

/**
 * The portal API, grouped by area. Every method takes an optional last `{ signal }` and rejects
 * with a {@link KerfApiError} (switch on its `code`).
 * @example
 * const client = createKerfClient({ baseUrl: 'https://portal.example.com' });
 * await client.auth.login({ customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' });
 * const { items } = await client.parts.list({ q: 'bracket' });
 * await client.basket.addItem({ partId: items[0].id, quantity: 10 });
 * const order = await client.orders.submit({ commission: 'Line 4' });
 */
export interface KerfClient {
  /** Sign in and out, the session, password reset and access requests. */
  auth: {
    /** `POST /api/auth/login`: sets the session cookie; staff leave out `customerNumber`. INVALID_CREDENTIALS (401), TOO_MANY_REQUESTS (429, retryAfter). */
    login(input: LoginInput, options?: RequestOptions): Promise<Session>;
    /** `POST /api/auth/logout`: the session dies. */
    logout(options?: RequestOptions): Promise<void>;
    /** `GET /api/me`: who is signed in; UNAUTHENTICATED (401) when nobody is. */
    me(options?: RequestOptions): Promise<Session>;
    /** `POST /api/auth/switch-company`: make another of my companies the active one. */
    switchCompany(companyId: number, options?: RequestOptions): Promise<Session>;
    /** `POST /api/auth/password-reset`: mails a one-time link; answers the same for unknown e-mails. */
    requestPasswordReset(input: { email: string }, options?: RequestOptions): Promise<Ack>;
    /** `POST /api/auth/password-reset/confirm`: a new password with the link's token (reset or invitation); INVALID_TOKEN (400). */
    confirmPasswordReset(input: { token: string; password: string }, options?: RequestOptions): Promise<Ack>;
    /** `POST /api/auth/register`: ask for access; the operator decides. */
    register(input: RegisterInput, options?: RequestOptions): Promise<Ack>;
  };
  /** Catalog and server quotes; anonymous with the client's `embedKey`. */
  quoting: {
    /** `GET /api/catalog`: materials, profile and templates for client-side quoting. */
    catalog(options?: RequestOptions): Promise<CatalogView>;
    /** `POST /api/quote`: the server's quote of a drawing (multipart) or a template (JSON). DXF_PARSE_ERROR and the like (422). */
    quote(input: QuoteInput, options?: RequestOptions): Promise<Quote>;
  };
  /** The active company's parts library. */
  parts: {
    /** `GET /api/parts`: search (`q`), `sort`, `page`, `pageSize`. */
    list(query?: PartQuery, options?: RequestOptions): Promise<PartList>;
    /** `POST /api/parts`: from a DXF (multipart) or a template (JSON); the server prices it. */
    create(input: PartInput, options?: RequestOptions): Promise<Part>;
    /** `GET /api/parts/:id`: with prices at 1, 10, 50 and 100 pieces. NOT_FOUND (404) for another company's part. */
    get(id: number, options?: RequestOptions): Promise<Part>;
    /** `PATCH /api/parts/:id`: the price is computed again. */
    patch(id: number, patch: PartPatch, options?: RequestOptions): Promise<Part>;
    /** `PATCH /api/parts/:id` (multipart): a new drawing, analyzed with the part's layer roles (or the ones given). */
    replaceDrawing(id: number, input: PartDrawingPatch, options?: RequestOptions): Promise<Part>;
    /** `DELETE /api/parts/:id`: orders keep their frozen lines. */
    delete(id: number, options?: RequestOptions): Promise<void>;
    /** `POST /api/parts/:id/copy`. */
    copy(id: number, options?: RequestOptions): Promise<Part>;
    /** `GET /api/parts/:id/drawing.dxf`: the DXF's bytes. */
    drawing(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** `GET /api/parts/:id/healed.dxf`: the healed drawing (see writeHealedDxf) as DXF text. */
    healed(id: number, options?: RequestOptions): Promise<string>;
    /** The healed drawing's URL, for `<a href download>`. */
    healedUrl(id: number): string;
    /** `GET /api/parts/:id/preview.svg`: a standalone SVG document. */
    preview(id: number, options?: RequestOptions): Promise<string>;
    /** The preview's URL, for `<img src>` (the browser sends the session cookie on the portal's own site). */
    previewUrl(id: number): string;
    /** The drawing's URL, for `<a href download>`. */
    drawingUrl(id: number): string;
    /** `GET /api/parts/export.xlsx`: the library as an Excel sheet. */
    exportXlsx(options?: RequestOptions): Promise<ArrayBuffer>;
    /** The library sheet's URL, for `<a href download>`. */
    exportUrl(): string;
  };
  /** Bulk import of parts from a sheet and its drawings (right `import`). */
  imports: {
    /**
     * `POST /api/imports`: the sheet (.xlsx or .csv) and its drawings (.dxf files or one .zip) →
     * `{ id }`; the rows are calculated on the server afterwards (poll `get`). FILE_TOO_LARGE (413,
     * beyond 200 MB), TOO_MANY_ROWS (beyond 2,000 rows), ZIP_REFUSED (422).
     */
    create(sheet: File | Blob, files?: (File | Blob)[], options?: ImportCreateOptions): Promise<{ id: number; skipped: ImportView['skipped'] }>;
    /** `GET /api/imports/:id`: status, progress and the rows so far. */
    get(id: number, options?: RequestOptions): Promise<ImportView>;
    /** `GET /api/imports`: the company's imports, newest first. */
    list(options?: RequestOptions): Promise<ItemList<ImportSummary>>;
    /** `PATCH /api/imports/:id/rows/:rowId`: fix a row; answers it calculated again. INVALID_STATUS (409) once committed. */
    patchRow(id: number, rowId: number, patch: ImportRowPatch, options?: RequestOptions): Promise<ImportRow>;
    /** `POST /api/imports/:id/rows/:rowId/drawing`: the row's missing or broken drawing; answers it calculated again. */
    uploadRowDrawing(id: number, rowId: number, file: File | Blob, options?: RequestOptions): Promise<ImportRow>;
    /** `POST /api/imports/:id/commit`: the ok rows become parts in one transaction; a second commit creates nothing. */
    commit(id: number, options?: RequestOptions): Promise<ImportCommit>;
    /** `GET /api/imports/template.xlsx?lang=`: the template sheet's bytes, headers in that language. */
    template(lang?: string, options?: RequestOptions): Promise<ArrayBuffer>;
    /** The template sheet's URL, for `<a href download>`. */
    templateUrl(lang?: string): string;
    /** `GET /api/imports/:id/errors.xlsx`: the error rows with a reason column. */
    errors(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** The error rows sheet's URL, for `<a href download>`. */
    errorsUrl(id: number): string;
  };
  /** Catalog articles published to the active company, at its prices (issue [7]). */
  articles: {
    /** `GET /api/articles`: search, category, favourites, paging; with the categories that hold articles. */
    list(query?: ArticleQuery, options?: RequestOptions): Promise<ArticleList>;
    /** `GET /api/articles/:id`: NOT_FOUND (404) for an article the company is not offered. */
    get(id: number, query?: { lang?: 'en' | 'de' | 'fr' }, options?: RequestOptions): Promise<Article>;
    /** `GET /api/articles/:id/image`: the image's bytes. */
    image(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** The image's URL, for `<img src>`. */
    imageUrl(id: number): string;
    /** `POST /api/articles/:id/favorite`. */
    addFavorite(id: number, options?: RequestOptions): Promise<Article>;
    /** `DELETE /api/articles/:id/favorite`. */
    removeFavorite(id: number, options?: RequestOptions): Promise<Article>;
    /** `PUT /api/articles/:id/reference`: the company's own number and name (right `edit_parts`). */
    setReference(id: number, reference: ArticleReference, options?: RequestOptions): Promise<Article>;
  };
  /** My basket in the active company, priced now. */
  basket: {
    /** `GET /api/basket`. */
    get(options?: RequestOptions): Promise<Basket>;
    /** `PATCH /api/basket`: addresses, delivery method, desired date, commission, note, delivery option (`leadTime`). */
    patch(patch: BasketPatch, options?: RequestOptions): Promise<Basket>;
    /**
     * `POST /api/basket/items`: a part (with its finishing, checked against the drawing:
     * INVALID_FINISHING 422) or a catalog article; the same one again, finished alike, adds to its quantity.
     */
    addItem(input: { partId: number; quantity: number; finishing?: FinishingChoice } | { articleId: number; quantity: number }, options?: RequestOptions): Promise<Basket>;
    /** `PATCH /api/basket/items/:id`: a new quantity (0 removes the line), a part's finishing (null: none). */
    patchItem(id: number, input: { quantity?: number; finishing?: FinishingChoice | null }, options?: RequestOptions): Promise<Basket>;
    /** `DELETE /api/basket/items/:id`. */
    deleteItem(id: number, options?: RequestOptions): Promise<Basket>;
    /** `GET /api/basket/nest`: the sheets the basket's parts need, nested per material and thickness (issue [9]). */
    nest(options?: RequestOptions): Promise<NestView>;
  };
  /** The company's orders. */
  orders: {
    /**
     * `POST /api/orders` with an Idempotency-Key: the basket becomes an order, `released` or
     * `pending_approval`. Sending the same key again gives the same order (`replayed: true`).
     * BASKET_EMPTY, NO_APPROVER (409).
     */
    submit(details?: OrderDetails, options?: SubmitOptions): Promise<SubmittedOrder>;
    /** `GET /api/orders?status=`: newest first, with counts per status. */
    list(query?: { status?: OrderStatus }, options?: RequestOptions): Promise<OrderList>;
    /** `GET /api/orders/:id`. */
    get(id: number, options?: RequestOptions): Promise<Order>;
    /** `POST /api/orders/:id/cancel`: until production starts; INVALID_STATUS (409) after. */
    cancel(id: number, input?: { reason?: string }, options?: RequestOptions): Promise<Order>;
    /** `GET /api/orders/:id/confirmation.pdf`: the order confirmation (issue [7]); INVALID_STATUS (409) before the order reached the shop. */
    confirmationPdf(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** The confirmation's URL, for `<a href>`. */
    confirmationUrl(id: number): string;
    /** `GET /api/orders/export.xlsx`: the order history as an Excel sheet, one row per line. */
    exportXlsx(options?: RequestOptions): Promise<ArrayBuffer>;
    /** The order history sheet's URL, for `<a href download>`. */
    exportUrl(): string;
    /** `GET /api/orders/:id/attachments`: files on the order, with who and when (issue [8]). */
    attachments(id: number, options?: RequestOptions): Promise<ItemList<OrderAttachment>>;
    /** `POST /api/orders/:id/attachments`: a PDF, image or DXF, 20 MB at most. UNSUPPORTED_FILE_TYPE (415), FILE_TOO_LARGE (413). */
    attach(id: number, file: Blob, options?: RequestOptions & { fileName?: string }): Promise<OrderAttachment>;
    /** A file's download URL, for `<a href download>`. */
    attachmentUrl(id: number, attachmentId: number): string;
    /** `GET /api/orders/:id/attachments/:attachmentId`: the file's bytes. */
    attachmentFile(id: number, attachmentId: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** `GET /api/orders/:id/messages`: the thread, oldest first; marks it read. */
    messages(id: number, options?: RequestOptions): Promise<ItemList<OrderMessage>>;
    /** `POST /api/orders/:id/messages`: the sales rep is mailed. */
    postMessage(id: number, body: string, options?: RequestOptions): Promise<OrderMessage>;
    /** `GET /api/messages/unread`: the shop's messages not read yet, in total and per order. */
    unread(options?: RequestOptions): Promise<UnreadMessages>;
    /**
     * `POST /api/orders/:id/supplements` with an Idempotency-Key: the basket is added to the order
     * (until production starts), through the approval rules. INVALID_STATUS, BASKET_EMPTY (409).
     */
    addSupplement(id: number, options?: SubmitOptions): Promise<Order & { supplementId: number; idempotencyKey: string; replayed: boolean }>;
    /** `POST /api/orders/:id/supplements/:sid/withdraw`: a supplement the shop has not confirmed, until production starts. INVALID_STATUS (409). */
    withdrawSupplement(id: number, supplementId: number, options?: RequestOptions): Promise<Order>;
    /** `GET /api/orders/:id/nest`: the sheets the order's parts need, nested per material and thickness (issue [9]). */
    nest(id: number, options?: RequestOptions): Promise<NestView>;
  };
  /** Formal quotes of the company (issue [7]). */
  quotes: {
    /** `POST /api/quotes`: the basket as a quote, priced by the server and frozen; BASKET_EMPTY (409). Fields not given are the basket's. */
    create(details?: OrderDetails, options?: RequestOptions): Promise<FormalQuote>;
    /** `GET /api/quotes?page=&pageSize=`: newest first. */
    list(query?: { page?: number; pageSize?: number }, options?: RequestOptions): Promise<FormalQuoteList>;
    /** `GET /api/quotes/:id`. */
    get(id: number, options?: RequestOptions): Promise<FormalQuote>;
    /** `GET /api/quotes/:id/pdf`: the PDF's bytes. */
    pdf(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** The PDF's URL, for `<a href>` (the session cookie signs the download). */
    pdfUrl(id: number): string;
    /**
     * `POST /api/quotes/:id/order` with an Idempotency-Key: at the frozen prices while valid,
     * priced again after (`repriced: true`); approval rules apply. QUOTE_ORDERED (409) the second time.
     */
    order(id: number, details?: OrderDetails, options?: SubmitOptions): Promise<QuoteOrder>;
  };
  /** The active company's statement of account (issue [8]). */
  statements: {
    /** `GET /api/statements?from=&to=`: INVALID_DATE, INVALID_PERIOD (400). */
    get(query?: StatementQuery, options?: RequestOptions): Promise<Statement>;
    /** The .xlsx or PDF's URL, for `<a href download>` (`lang`: en, de, fr; default the user's). */
    url(format: 'xlsx' | 'pdf', query?: StatementQuery & { lang?: string }): string;
    /** `GET /api/statements.xlsx|.pdf`: the file's bytes. */
    download(format: 'xlsx' | 'pdf', query?: StatementQuery & { lang?: string }, options?: RequestOptions): Promise<ArrayBuffer>;
  };
  /** The demand plan and stock reports of the active company (issue [8]; right order or manage_company). */
  planning: {
    /** `GET /api/plan?from=&months=`: items × months with the latest stock. */
    get(query?: { from?: string; months?: number }, options?: RequestOptions): Promise<PlanGrid>;
    /** `PUT /api/plan`: quantities per item and month (0 removes); NOT_FOUND for a foreign item, MONTH_OUT_OF_RANGE. */
    set(rows: PlanRow[], options?: RequestOptions): Promise<PlanGrid>;
    /** `POST /api/plan/import`: an .xlsx or .csv with the article number (or part name) and one column per month; `dryRun` only tells. */
    importSheet(sheet: File | Blob, options?: RequestOptions & { dryRun?: boolean; sheetName?: string }): Promise<PlanImportResult>;
    /** The plan's .xlsx URL (the template when there is no plan yet). */
    exportUrl(): string;
    /** `GET /api/plan.xlsx`: the plan (or the template) as .xlsx bytes. */
    exportSheet(options?: RequestOptions): Promise<ArrayBuffer>;
    /** `POST /api/stock-reports`. */
    reportStock(input: { lines: StockLine[]; note?: string | null }, options?: RequestOptions): Promise<StockReport>;
    /** `GET /api/stock-reports`: newest first. */
    stockReports(options?: RequestOptions): Promise<{ items: StockReport[] }>;
    /** `GET /api/stock`: the latest balance per item. */
    stock(options?: RequestOptions): Promise<{ items: StockBalance[] }>;
  };
  /** `GET /api/dashboard`: the company's spend per month (issue [8]). */
  dashboard: {
    get(query?: DashboardQuery, options?: RequestOptions): Promise<CustomerDashboard>;
  };
  /** Orders waiting for my approval. */
  approvals: {
    /** `GET /api/approvals`. */
    list(options?: RequestOptions): Promise<ItemList<Order>>;
    /** `POST /api/orders/:id/approve`: all pending lines, or those named. */
    approve(id: number, input?: { lineIds?: number[] }, options?: RequestOptions): Promise<Order>;
    /** `POST /api/orders/:id/reject`: with a reason; all pending lines, or those named. */
    reject(id: number, input: { reason: string; lineIds?: number[] }, options?: RequestOptions): Promise<Order>;
  };
  /** Customer self-administration of the active company. */
  company: {
    /** `GET /api/company`. */
    get(options?: RequestOptions): Promise<Company>;
    /** `PATCH /api/company` (right manage_company). */
    patch(patch: CompanyPatch, options?: RequestOptions): Promise<Company>;
    addresses: {
      /** `POST /api/company/addresses`: answers the company. */
      create(input: AddressInput, options?: RequestOptions): Promise<Company>;
      /** `PATCH /api/company/addresses/:id`. */
      patch(id: number, patch: Partial<AddressInput>, options?: RequestOptions): Promise<Company>;
      /** `DELETE /api/company/addresses/:id`. */
      delete(id: number, options?: RequestOptions): Promise<Company>;
    };
    users: {
      /** `GET /api/company/users` (right manage_users). */
      list(options?: RequestOptions): Promise<ItemList<Member>>;
      /** `POST /api/company/users`: a new login is invited by mail. ALREADY_MEMBER, EMAIL_TAKEN (409). */
      create(input: MemberInput, options?: RequestOptions): Promise<ItemList<Member>>;
      /** `PATCH /api/company/users/:id`. */
      patch(id: number, patch: MemberPatch, options?: RequestOptions): Promise<ItemList<Member>>;
      /** `DELETE /api/company/users/:id`: leaves this company (other companies keep the login). */
      delete(id: number, options?: RequestOptions): Promise<ItemList<Member>>;
    };
    groups: {
      /** `GET /api/company/groups`. */
      list(options?: RequestOptions): Promise<GroupList>;
      /** `POST /api/company/groups`. GROUP_EXISTS (409). */
      create(input: GroupInput, options?: RequestOptions): Promise<GroupList>;
      /** `PATCH /api/company/groups/:id`. */
      patch(id: number, patch: Partial<GroupInput>, options?: RequestOptions): Promise<GroupList>;
      /** `DELETE /api/company/groups/:id`: an empty group only (GROUP_IN_USE, 409). */
      delete(id: number, options?: RequestOptions): Promise<GroupList>;
    };
  };
  /** The operator's back office (staff sessions). */
  /** Receipt of shipments and returns (RMA) of the company (issue [8]). */
  returns: {
    /** `GET /api/returns?status=&orderId=`: newest first, with counts per status. */
    list(query?: { status?: ReturnStatus; orderId?: number }, options?: RequestOptions): Promise<ReturnList>;
    /** `GET /api/returns/:id`: lines, photos, history. */
    get(id: number, options?: RequestOptions): Promise<ReturnView>;
    /** `POST /api/returns` (multipart with photos): NOT_SHIPPED, QUANTITY_EXCEEDS_RETURNABLE (409). */
    open(input: ReturnInput, options?: RequestOptions): Promise<ReturnView>;
    /** `POST /api/returns/:id/attachments`: photos added later. */
    addPhotos(id: number, photos: Blob[], options?: RequestOptions): Promise<ReturnView>;
    /** The URL of a return's photo, for `<img src>`. */
    photoUrl(id: number, photoId: number): string;
    /** `GET /api/returns/:id/photos/:photoId`: the photo's bytes. */
    photo(id: number, photoId: number, options?: RequestOptions): Promise<ArrayBuffer>;
    /** `POST /api/orders/:id/receipt` (multipart with photos): NOT_SHIPPED, ALREADY_CONFIRMED (409), INVALID_RECEIPT (400). */
    confirmReceipt(orderId: number, input: ReceiptInput, options?: RequestOptions): Promise<Order>;
    /** The URL of a receipt line's photo, for `<img src>`. */
    receiptPhotoUrl(orderId: number, photoId: number): string;
    /** `GET /api/orders/:id/receipt/photos/:photoId`: the photo's bytes. */
    receiptPhoto(orderId: number, photoId: number, options?: RequestOptions): Promise<ArrayBuffer>;
  };
  admin: {
    /** Shipments and returns (issue [8]). */
    returns: {
      /** `POST /api/admin/orders/:id/shipments`: partial deliveries allowed. QUANTITY_EXCEEDS_OPEN, LINE_NOT_SHIPPABLE, INVALID_STATUS (409). */
      ship(orderId: number, input: ShipmentInput, options?: RequestOptions): Promise<Order>;
      /** `GET /api/admin/returns?status=&companyId=&orderId=`. */
      list(query?: { status?: ReturnStatus; companyId?: number; orderId?: number }, options?: RequestOptions): Promise<ReturnList>;
      /** `GET /api/admin/returns/:id`. */
      get(id: number, options?: RequestOptions): Promise<ReturnView>;
      /** `POST /api/admin/returns/:id/status`: INVALID_TRANSITION (409). */
      setStatus(id: number, change: ReturnStatusChange, options?: RequestOptions): Promise<ReturnView>;
      /** The URL of a return's photo, for `<img src>`. */
      photoUrl(id: number, photoId: number): string;
      /** The URL of a receipt line's photo, for `<img src>`. */
      receiptPhotoUrl(orderId: number, photoId: number): string;
      /** `GET /api/admin/returns/:id/photos/:photoId`: the photo's bytes. */
      photo(id: number, photoId: number, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `GET /api/admin/orders/:id/receipt/photos/:photoId`: the photo's bytes. */
      receiptPhoto(orderId: number, photoId: number, options?: RequestOptions): Promise<ArrayBuffer>;
    };
    /** Catalog articles (issue [7]); reading for all staff, changes for operator admins. */
    articles: {
      /** `GET /api/admin/articles`: every article, by number. */
      list(query?: { q?: string; categoryId?: number; active?: boolean }, options?: RequestOptions): Promise<ItemList<AdminArticle>>;
      /** `POST /api/admin/articles`: ARTICLE_NUMBER_TAKEN (409). */
      create(input: AdminArticleInput, options?: RequestOptions): Promise<AdminArticle>;
      /** `GET /api/admin/articles/:id`. */
      get(id: number, options?: RequestOptions): Promise<AdminArticle>;
      /** `PATCH /api/admin/articles/:id`: orders keep the prices they were placed at. */
      patch(id: number, patch: AdminArticlePatch, options?: RequestOptions): Promise<AdminArticle>;
      /** `DELETE /api/admin/articles/:id`: order lines keep it frozen. */
      delete(id: number, options?: RequestOptions): Promise<void>;
      /** `PUT /api/admin/articles/:id/image`: PNG, JPEG, WebP or GIF up to 2 MB (UNSUPPORTED_IMAGE, 415). */
      setImage(id: number, image: File | Blob, options?: RequestOptions): Promise<AdminArticle>;
      /** `GET /api/admin/articles/:id/image`. */
      image(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `DELETE /api/admin/articles/:id/image`. */
      deleteImage(id: number, options?: RequestOptions): Promise<AdminArticle>;
      /**
       * `POST /api/admin/articles/import`: create and update articles from an .xlsx or .csv, matched by
       * number; `dryRun` only tells. INVALID_SHEET, TOO_MANY_ROWS (422).
       */
      importSheet(sheet: File | Blob, options?: RequestOptions & { dryRun?: boolean; sheetName?: string }): Promise<ArticleImportResult>;
      /** `GET /api/admin/articles/export.xlsx`: every article in the import's columns. */
      exportXlsx(options?: RequestOptions): Promise<ArrayBuffer>;
      /** The export's URL, for `<a href download>`. */
      exportUrl(): string;
    };
    articleCategories: {
      /** `GET /api/admin/article-categories`. */
      list(options?: RequestOptions): Promise<ItemList<ArticleCategory>>;
      /** `POST /api/admin/article-categories`. */
      create(input: ArticleCategoryInput, options?: RequestOptions): Promise<ArticleCategory>;
      /** `PATCH /api/admin/article-categories/:id`. */
      patch(id: number, patch: Partial<ArticleCategoryInput>, options?: RequestOptions): Promise<ArticleCategory>;
      /** `DELETE /api/admin/article-categories/:id`: its articles stay, without a category. */
      delete(id: number, options?: RequestOptions): Promise<void>;
    };
    companies: {
      /** `GET /api/admin/companies`. */
      list(options?: RequestOptions): Promise<ItemList<AdminCompanySummary>>;
      /** `POST /api/admin/companies` (staff admin). CUSTOMER_NUMBER_TAKEN (409). */
      create(input: CompanyInput, options?: RequestOptions): Promise<CreatedCompany>;
      /** `GET /api/admin/companies/:id`. */
      get(id: number, options?: RequestOptions): Promise<AdminCompany>;
      /** `PATCH /api/admin/companies/:id` (staff admin). */
      patch(id: number, patch: Partial<CompanyInput>, options?: RequestOptions): Promise<Company>;
      /** `GET /api/admin/companies/:id/articles`: what the company is offered, at which price. */
      articles(id: number, options?: RequestOptions): Promise<CompanyArticles>;
      /** `PUT /api/admin/companies/:id/articles/:articleId`: publish (or hide) an article for the company, its fixed price or discount. */
      setArticle(id: number, articleId: number, input: CompanyArticleInput, options?: RequestOptions): Promise<CompanyArticles>;
      /** `DELETE /api/admin/companies/:id/articles/:articleId`: the category decides again. */
      resetArticle(id: number, articleId: number, options?: RequestOptions): Promise<CompanyArticles>;
      /** `PUT /api/admin/companies/:id/article-categories/:categoryId`: publish a whole category, with a discount. */
      setArticleCategory(id: number, categoryId: number, input: CompanyArticleCategoryInput, options?: RequestOptions): Promise<CompanyArticles>;
      /** `DELETE /api/admin/companies/:id/article-categories/:categoryId`. */
      resetArticleCategory(id: number, categoryId: number, options?: RequestOptions): Promise<CompanyArticles>;
      /** `POST /api/admin/companies/:id/users`: invite a person into the company. */
      inviteUser(companyId: number, input: InviteInput, options?: RequestOptions): Promise<{ id: number; email: string; name: string }>;
    };
    users: {
      /** `GET /api/admin/users`: every login. */
      list(options?: RequestOptions): Promise<ItemList<AdminUser>>;
      /** `PATCH /api/admin/users/:id`: disable (ends its sessions), rename. */
      patch(id: number, patch: AdminUserPatch, options?: RequestOptions): Promise<{ id: number; email: string; name: string; disabled: boolean }>;
    };
    staff: {
      /** `POST /api/admin/staff`: invited by mail. EMAIL_TAKEN (409). */
      create(input: StaffInput, options?: RequestOptions): Promise<{ id: number; email: string; name: string; staffRole: 'admin' | 'sales' }>;
    };
    pricing: {
      /** `GET /api/admin/pricing`. */
      get(options?: RequestOptions): Promise<PricingSettings>;
      /** `PUT /api/admin/pricing`: INVALID_CATALOG, INVALID_PROFILE (422). */
      put(input: PricingInput, options?: RequestOptions): Promise<PricingSettings>;
    };
    accessRequests: {
      /** `GET /api/admin/access-requests?status=`. */
      list(query?: { status?: AccessRequest['status'] }, options?: RequestOptions): Promise<ItemList<AccessRequest>>;
      /** `POST /api/admin/access-requests/:id/approve`: into `companyId` or a new `company`. ALREADY_DECIDED (409). */
      approve(id: number, input: AccessApproval, options?: RequestOptions): Promise<{ id: number; status: 'approved'; companyId: number }>;
      /** `POST /api/admin/access-requests/:id/reject`: the person is told by mail. */
      reject(id: number, options?: RequestOptions): Promise<{ id: number; status: 'rejected' }>;
    };
    orders: {
      /** `GET /api/admin/orders?status=&companyId=`: orders that reached the shop. */
      list(query?: { status?: OrderStatus; companyId?: number }, options?: RequestOptions): Promise<AdminOrderList>;
      /** `GET /api/admin/orders/:id`. */
      get(id: number, options?: RequestOptions): Promise<Order>;
      /** `POST /api/admin/orders/:id/status`: released → in_production → shipped → completed, or cancelled. INVALID_TRANSITION (409). */
      setStatus(id: number, change: StatusChange, options?: RequestOptions): Promise<Order>;
      /** `POST /api/admin/orders/:id/records`: a delivery note, invoice or payment. */
      addRecord(id: number, record: RecordInput, options?: RequestOptions): Promise<Order>;
      /** `GET /api/admin/orders/:id/confirmation.pdf`: the order confirmation in the company's language. */
      confirmationPdf(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `GET /api/admin/orders/export?format=`: released orders for the ERP (.xlsx, .csv, JSON); the file's bytes. */
      export(format: 'xlsx' | 'csv' | 'json', query?: OrderExportQuery, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `GET /api/admin/orders/export/drawings.zip`: each line's DXF and orders.json. */
      drawingsZip(query?: OrderExportQuery, options?: RequestOptions): Promise<ArrayBuffer>;
      /** The URL of an export (`zip` = the drawings), for `<a href download>`. */
      exportUrl(format: 'xlsx' | 'csv' | 'json' | 'zip', query?: OrderExportQuery): string;
      /** `POST /api/admin/orders/:id/confirm`: confirm, changing quantities or dates with a reason (issue [8]). */
      confirm(id: number, input?: OrderConfirmationInput, options?: RequestOptions): Promise<Order>;
      /** `GET /api/admin/orders/:id/attachments`. */
      attachments(id: number, options?: RequestOptions): Promise<ItemList<OrderAttachment>>;
      /** `POST /api/admin/orders/:id/attachments`. */
      attach(id: number, file: Blob, options?: RequestOptions & { fileName?: string }): Promise<OrderAttachment>;
      /** A file's download URL. */
      attachmentUrl(id: number, attachmentId: number): string;
      /** `GET /api/admin/orders/:id/attachments/:attachmentId`: the file's bytes. */
      attachmentFile(id: number, attachmentId: number, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `GET /api/admin/orders/:id/messages`: marks the thread read. */
      messages(id: number, options?: RequestOptions): Promise<ItemList<OrderMessage>>;
      /** `POST /api/admin/orders/:id/messages`: the orderer is mailed. */
      postMessage(id: number, body: string, options?: RequestOptions): Promise<OrderMessage>;
      /** `GET /api/admin/messages/unread`: customers' messages not read yet. */
      unread(options?: RequestOptions): Promise<UnreadMessages>;
      /** `POST /api/admin/orders/:id/supplements/:sid/confirm`: its lines join the order's total. */
      confirmSupplement(id: number, supplementId: number, options?: RequestOptions): Promise<Order>;
      /** `POST /api/admin/orders/:id/supplements/:sid/reject`: with a reason. */
      rejectSupplement(id: number, supplementId: number, reason: string, options?: RequestOptions): Promise<Order>;
      /** `GET /api/admin/orders/:id/nest`: the sheets the order's parts need, nested per material and thickness (issue [9]). */
      nest(id: number, options?: RequestOptions): Promise<NestView>;
    };
    /** Quotes the shop writes and sends (issue [7]). */
    quotes: {
      /** `GET /api/admin/quotes?page=&pageSize=`: every company's, newest first. */
      list(query?: { page?: number; pageSize?: number }, options?: RequestOptions): Promise<FormalQuoteList>;
      /** `POST /api/admin/quotes`: a company's parts and articles at its prices now; `send: true` mails it. */
      create(input: ShopQuoteInput, options?: RequestOptions): Promise<FormalQuote>;
      /** `GET /api/admin/quotes/:id`. */
      get(id: number, options?: RequestOptions): Promise<FormalQuote>;
      /** `GET /api/admin/quotes/:id/pdf`: the PDF's bytes. */
      pdf(id: number, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `POST /api/admin/quotes/:id/send`: mail a link to its PDF (to `to`, else its maker or the company's admin). */
      send(id: number, input?: { to?: string }, options?: RequestOptions): Promise<{ to: string }>;
    };
    /** Statements of account of any company, and the open items of all (issue [8]). */
    statements: {
      /** `GET /api/admin/statements?companyId=&from=&to=`. */
      get(query: StatementQuery & { companyId: number }, options?: RequestOptions): Promise<Statement>;
      /** The .xlsx or PDF's URL. */
      url(format: 'xlsx' | 'pdf', query: StatementQuery & { companyId: number; lang?: string }): string;
      /** `GET /api/admin/statements.xlsx|.pdf`: the file's bytes. */
      download(format: 'xlsx' | 'pdf', query: StatementQuery & { companyId: number; lang?: string }, options?: RequestOptions): Promise<ArrayBuffer>;
      /** `GET /api/admin/open-items?companyId=&asOf=`: open items aged 0-30, 31-60, 61-90, 90+ days, per company. */
      openItems(query?: { companyId?: number; asOf?: string }, options?: RequestOptions): Promise<OpenItemsSummary>;
    };
    /** Demand plans, stock and the material demand they imply (issue [8]). */
    planning: {
      /** `GET /api/admin/companies/:id/plan`: a company's plan beside its stock. */
      companyPlan(companyId: number, query?: { from?: string; months?: number }, options?: RequestOptions): Promise<PlanGrid>;
      /** `GET /api/admin/material-demand?from=&months=&companyId=`. */
      materialDemand(query?: { from?: string; months?: number; companyId?: number }, options?: RequestOptions): Promise<MaterialDemand>;
      /** The material demand's .xlsx URL. */
      materialDemandUrl(query?: { from?: string; months?: number; companyId?: number }): string;
      /** `GET /api/admin/material-demand.xlsx`: the file's bytes. */
      materialDemandSheet(query?: { from?: string; months?: number; companyId?: number }, options?: RequestOptions): Promise<ArrayBuffer>;
    };
    /** `GET /api/admin/dashboard?from=&to=`: intake, revenue, parts per material, open items. */
    dashboard: {
      get(query?: DashboardQuery, options?: RequestOptions): Promise<AdminDashboard>;
    };
    outbox: {
      /** `GET /api/admin/outbox?status=&limit=`: notification mails, newest first. */
      list(query?: { status?: OutboxMail['status']; limit?: number }, options?: RequestOptions): Promise<ItemList<OutboxMail>>;
    };
    /** Signed webhooks to the operator's systems (README, "Webhooks"). */
    webhooks: {
      /** `GET /api/admin/webhooks`: never with the secret. */
      list(options?: RequestOptions): Promise<ItemList<Webhook> & { events: string[] }>;
      /** `POST /api/admin/webhooks` (staff admin): the answer carries the secret, shown this once. */
      create(input: WebhookInput, options?: RequestOptions): Promise<CreatedWebhook>;
      /** `PATCH /api/admin/webhooks/:id`: URL, events, description, enabled. */
      patch(id: number, patch: WebhookPatch, options?: RequestOptions): Promise<Webhook>;
      /** `DELETE /api/admin/webhooks/:id`, with its deliveries. */
      delete(id: number, options?: RequestOptions): Promise<void>;
      /** `GET /api/admin/webhooks/:id/deliveries?status=&limit=`: newest first. */
      deliveries(id: number, query?: { status?: WebhookDelivery['status']; limit?: number }, options?: RequestOptions): Promise<ItemList<WebhookDelivery>>;
      /** `POST /api/admin/webhooks/deliveries/:id/resend`: a new attempt now, same event id; answers its result. DELIVERY_IN_FLIGHT (409). */
      resend(deliveryId: number, options?: RequestOptions): Promise<WebhookDelivery>;
    };
    embedKeys: {
      /** `GET /api/admin/embed-keys`. */
      list(options?: RequestOptions): Promise<ItemList<EmbedKey>>;
      /** `POST /api/admin/embed-keys` (staff admin). */
      create(input: EmbedKeyInput, options?: RequestOptions): Promise<EmbedKey>;
      /** `PATCH /api/admin/embed-keys/:key`. */
      patch(key: string, patch: EmbedKeyPatch, options?: RequestOptions): Promise<EmbedKey>;
    };
  };
  /** Operations. */
  system: {
    /** `GET /api/health`: `{ status: 'ok' }`, or `unavailable` when the database does not answer. */
    health(options?: RequestOptions): Promise<Health>;
    /** `GET /api/openapi.json`: the OpenAPI 3.1 document of the API. */
    openapi(options?: RequestOptions): Promise<Record<string, unknown>>;
  };
}

/** A drawing as a Blob for FormData, and the file name to send with it. */
function drawingBlob(d: DrawingUpload): [Blob, string] {
  const f = d.file;
  const named = typeof File !== 'undefined' && f instanceof File ? f.name : undefined;
  const name = d.fileName ?? (named || 'drawing.dxf');
  if (f instanceof Blob) return [f, name];
  // copy a view's own bytes only (it may be a window onto a larger buffer)
  const bytes = f instanceof ArrayBuffer ? new Uint8Array(f) : new Uint8Array(f.buffer, f.byteOffset, f.byteLength);
  return [new Blob([bytes.slice()], { type: 'application/dxf' }), name];
}

function form(fields: Record<string, string | number | undefined>, drawing: DrawingUpload): FormData {
  const fd = new FormData();
  const [blob, name] = drawingBlob(drawing);
  fd.append('file', blob, name);
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) fd.append(k, String(v));
  return fd;
}

/** Layer roles as the multipart `layers` field (a JSON string), or nothing. */
function layersField(d: DrawingUpload): string | undefined {
  return d.layers && Object.keys(d.layers).length ? JSON.stringify(d.layers) : undefined;
}

/** A file's name: a File's own, else the fallback. */
const fileName = (f: Blob, fallback: string) => (typeof File !== 'undefined' && f instanceof File && f.name ? f.name : fallback);

const isUpload = (x: object): x is DrawingUpload => 'file' in x && (x as DrawingUpload).file != null;
const id = (n: number) => encodeURIComponent(String(n));

/**
 * A typed client of the Kerf portal API. In a page of the portal, the browser keeps the session
 * cookie; in Node give `cookies: 'memory'` (or a jar of your own); on the shop's public site give
 * the `embedKey` for anonymous quotes.
 * @example
 * import { createKerfClient, isKerfError } from 'kerf';
 * const client = createKerfClient({ baseUrl: 'https://portal.example.com', cookies: 'memory' });
 * await client.auth.login({ customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' });
 * const part = await client.parts.create({ file: dxfBytes, fileName: 'bracket.dxf', material: 'S235', thickness: 3 });
 * await client.basket.addItem({ partId: part.id, quantity: 25 });
 * try {
 *   const order = await client.orders.submit({ commission: 'Line 4' });
 *   console.log(order.number, order.status);
 * } catch (e) {
 *   if (isKerfError(e) && e.code === 'NO_APPROVER') alert(e.message);
 * }
 */
export function createKerfClient(options: KerfClientOptions): KerfClient {
  const t = createTransport(options);
  const json = async <T>(call: Omit<Call, 'read'>): Promise<T> => (await t.send<T>({ ...call, read: 'json' })).body;
  const get = <T>(path: string, options?: RequestOptions, query?: Record<string, QueryValue>) =>
    json<T>({ method: 'GET', path, query, options, retry: true });
  const post = <T>(path: string, body: unknown, options?: RequestOptions) => json<T>({ method: 'POST', path, json: body, options });
  const patch = <T>(path: string, body: unknown, options?: RequestOptions) => json<T>({ method: 'PATCH', path, json: body, options });
  const del = <T>(path: string, options?: RequestOptions) => json<T>({ method: 'DELETE', path, options });
  const bytes = async (path: string, options?: RequestOptions, query?: Record<string, QueryValue>) =>
    (await t.send<ArrayBuffer>({ method: 'GET', path, query, read: 'arrayBuffer', retry: true, options })).body;

  /** Files and messages of an order, the same for the customer's and the shop's routes (issue [8]). */
  const orderFiles = (base: string) => ({
    attachments: (n: number, o?: RequestOptions): Promise<ItemList<OrderAttachment>> => get(`${base}/${id(n)}/attachments`, o),
    attach: (n: number, file: Blob, o: RequestOptions & { fileName?: string } = {}): Promise<OrderAttachment> => {
      const { fileName: name, ...rest } = o;
      const fd = new FormData();
      fd.append('file', file, name ?? fileName(file, 'file'));
      return json({ method: 'POST', path: `${base}/${id(n)}/attachments`, form: fd, options: rest });
    },
    attachmentUrl: (n: number, attachmentId: number) => t.url(`${base}/${id(n)}/attachments/${id(attachmentId)}`),
    attachmentFile: (n: number, attachmentId: number, o?: RequestOptions) => bytes(`${base}/${id(n)}/attachments/${id(attachmentId)}`, o),
    messages: (n: number, o?: RequestOptions): Promise<ItemList<OrderMessage>> => get(`${base}/${id(n)}/messages`, o),
    postMessage: (n: number, body: string, o?: RequestOptions): Promise<OrderMessage> => post(`${base}/${id(n)}/messages`, { body }, o),
  });

  return {
    auth: {
      login: (input, o) => post('/api/auth/login', input, o),
      logout: async (o) => {
        await t.send({ method: 'POST', path: '/api/auth/logout', read: 'none', options: o });
      },
      me: (o) => get('/api/me', o),
      switchCompany: (companyId, o) => post('/api/auth/switch-company', { companyId }, o),
      requestPasswordReset: (input, o) => post('/api/auth/password-reset', input, o),
      confirmPasswordReset: (input, o) => post('/api/auth/password-reset/confirm', input, o),
      register: (input, o) => post('/api/auth/register', input, o),
    },

    quoting: {
      catalog: (o) => json({ method: 'GET', path: '/api/catalog', options: o, anonymous: true, retry: true }),
      quote: (input, o) => {
        if (isUpload(input)) {
          const { material, thickness, quantity } = input;
          return json({ method: 'POST', path: '/api/quote', form: form({ material, thickness, quantity, layers: layersField(input) }, input), options: o, anonymous: true });
        }
        const { template, params, material, thickness, quantity } = input;
        return json({ method: 'POST', path: '/api/quote', json: { template, params: params ?? {}, material, thickness, quantity }, options: o, anonymous: true });
      },
    },

    parts: {
      list: (query, o) => get('/api/parts', o, { ...query }),
      create: (input, o) => {
        if (isUpload(input)) {
          const { name, articleNumber, material, thickness } = input;
          return json({ method: 'POST', path: '/api/parts', form: form({ name, articleNumber, material, thickness, layers: layersField(input) }, input), options: o });
        }
        const { name, articleNumber, template, params, material, thickness } = input;
        return post('/api/parts', { name, articleNumber, template, params: params ?? {}, material, thickness }, o);
      },
      get: (n, o) => get(`/api/parts/${id(n)}`, o),
      patch: (n, p, o) => patch(`/api/parts/${id(n)}`, p, o),
      replaceDrawing: (n, input, o) => {
        const { name, articleNumber, material, thickness } = input;
        return json({ method: 'PATCH', path: `/api/parts/${id(n)}`, form: form({ name, articleNumber, material, thickness, layers: layersField(input) }, input), options: o });
      },
      delete: async (n, o) => {
        await t.send({ method: 'DELETE', path: `/api/parts/${id(n)}`, read: 'none', options: o });
      },
      copy: (n, o) => post(`/api/parts/${id(n)}/copy`, undefined, o),
      drawing: async (n, o) => (await t.send<ArrayBuffer>({ method: 'GET', path: `/api/parts/${id(n)}/drawing.dxf`, read: 'arrayBuffer', retry: true, options: o })).body,
      healed: async (n, o) => (await t.send<string>({ method: 'GET', path: `/api/parts/${id(n)}/healed.dxf`, read: 'text', retry: true, options: o })).body,
      healedUrl: (n) => t.url(`/api/parts/${id(n)}/healed.dxf`),
      preview: async (n, o) => (await t.send<string>({ method: 'GET', path: `/api/parts/${id(n)}/preview.svg`, read: 'text', retry: true, options: o })).body,
      previewUrl: (n) => t.url(`/api/parts/${id(n)}/preview.svg`),
      drawingUrl: (n) => t.url(`/api/parts/${id(n)}/drawing.dxf`),
      exportXlsx: (o) => bytes('/api/parts/export.xlsx', o),
      exportUrl: () => t.url('/api/parts/export.xlsx'),
    },

    imports: {
      create: (sheet, files = [], o = {}) => {
        const { sheetName, layers, ...rest } = o;
        const fd = new FormData();
        fd.append('sheet', sheet, sheetName ?? fileName(sheet, 'import.csv'));
        if (layers && Object.keys(layers).length) fd.append('layers', JSON.stringify(layers));
        files.forEach((f, i) => fd.append('files', f, fileName(f, `drawing-${i + 1}.dxf`)));
        return json({ method: 'POST', path: '/api/imports', form: fd, options: rest });
      },
      get: (n, o) => get(`/api/imports/${id(n)}`, o),
      list: (o) => get('/api/imports', o),
      patchRow: (n, row, p, o) => patch(`/api/imports/${id(n)}/rows/${id(row)}`, p, o),
      uploadRowDrawing: (n, row, file, o) => {
        const fd = new FormData();
        fd.append('file', file, fileName(file, 'drawing.dxf'));
        return json({ method: 'POST', path: `/api/imports/${id(n)}/rows/${id(row)}/drawing`, form: fd, options: o });
      },
      commit: (n, o) => post(`/api/imports/${id(n)}/commit`, undefined, o),
      template: async (lang, o) =>
        (await t.send<ArrayBuffer>({ method: 'GET', path: '/api/imports/template.xlsx', query: { lang }, read: 'arrayBuffer', retry: true, options: o })).body,
      templateUrl: (lang) => t.url('/api/imports/template.xlsx', { lang }),
      errors: async (n, o) =>
        (await t.send<ArrayBuffer>({ method: 'GET', path: `/api/imports/${id(n)}/errors.xlsx`, read: 'arrayBuffer', retry: true, options: o })).body,
      errorsUrl: (n) => t.url(`/api/imports/${id(n)}/errors.xlsx`),
    },

    articles: {
      list: (query = {}, o) => get('/api/articles', o, { ...query }),
      get: (n, query = {}, o) => get(`/api/articles/${id(n)}`, o, { ...query }),
      image: (n, o) => bytes(`/api/articles/${id(n)}/image`, o),
      imageUrl: (n) => t.url(`/api/articles/${id(n)}/image`),
      addFavorite: (n, o) => post(`/api/articles/${id(n)}/favorite`, undefined, o),
      removeFavorite: (n, o) => del(`/api/articles/${id(n)}/favorite`, o),
      setReference: (n, reference, o) => json({ method: 'PUT', path: `/api/articles/${id(n)}/reference`, json: reference, options: o }),
    },

    basket: {
      get: (o) => get('/api/basket', o),
      patch: (p, o) => patch('/api/basket', p, o),
      addItem: (input, o) => post('/api/basket/items', input, o),
      patchItem: (n, input, o) => patch(`/api/basket/items/${id(n)}`, input, o),
      deleteItem: (n, o) => del(`/api/basket/items/${id(n)}`, o),
      nest: (o) => get('/api/basket/nest', o),
    },

    orders: {
      submit: async (details = {}, o = {}) => {
        // one key per submission, kept across the transport's own retries of it
        const idempotencyKey = o.idempotencyKey ?? newIdempotencyKey();
        const a = await t.send<Order>({
          method: 'POST', path: '/api/orders', json: details, headers: { 'idempotency-key': idempotencyKey }, retry: true, read: 'json', options: o,
        });
        return { ...a.body, idempotencyKey, replayed: a.status === 200 };
      },
      list: (query, o) => get('/api/orders', o, { ...query }),
      get: (n, o) => get(`/api/orders/${id(n)}`, o),
      cancel: (n, input, o) => post(`/api/orders/${id(n)}/cancel`, input, o),
      confirmationPdf: (n, o) => bytes(`/api/orders/${id(n)}/confirmation.pdf`, o),
      confirmationUrl: (n) => t.url(`/api/orders/${id(n)}/confirmation.pdf`),
      exportXlsx: (o) => bytes('/api/orders/export.xlsx', o),
      exportUrl: () => t.url('/api/orders/export.xlsx'),
      ...orderFiles('/api/orders'),
      unread: (o) => get('/api/messages/unread', o),
      addSupplement: async (n, o = {}) => {
        const idempotencyKey = o.idempotencyKey ?? newIdempotencyKey();
        const a = await t.send<Order & { supplementId: number }>({
          method: 'POST', path: `/api/orders/${id(n)}/supplements`, headers: { 'idempotency-key': idempotencyKey }, retry: true, read: 'json', options: o,
        });
        return { ...a.body, idempotencyKey, replayed: a.status === 200 };
      },
      withdrawSupplement: (n, sid, o) => post(`/api/orders/${id(n)}/supplements/${id(sid)}/withdraw`, undefined, o),
      nest: (n, o) => get(`/api/orders/${id(n)}/nest`, o),
    },

    quotes: {
      create: (details = {}, o) => post('/api/quotes', details, o),
      list: (query, o) => get('/api/quotes', o, { ...query }),
      get: (n, o) => get(`/api/quotes/${id(n)}`, o),
      pdf: (n, o) => bytes(`/api/quotes/${id(n)}/pdf`, o),
      pdfUrl: (n) => t.url(`/api/quotes/${id(n)}/pdf`),
      order: async (n, details = {}, o = {}) => {
        const idempotencyKey = o.idempotencyKey ?? newIdempotencyKey();
        const a = await t.send<Omit<QuoteOrder, 'idempotencyKey' | 'replayed'>>({
          method: 'POST', path: `/api/quotes/${id(n)}/order`, json: details, headers: { 'idempotency-key': idempotencyKey }, retry: true, read: 'json', options: o,
        });
        return { ...a.body, idempotencyKey, replayed: a.status === 200 };
      },
    },

    statements: {
      get: (query, o) => get('/api/statements', o, { ...query }),
      url: (format, query) => t.url(`/api/statements.${format}`, { ...query }),
      download: (format, query, o) => bytes(`/api/statements.${format}`, o, { ...query }),
    },

    planning: {
      get: (query, o) => get('/api/plan', o, { ...query }),
      set: (rows, o) => json({ method: 'PUT', path: '/api/plan', json: { rows }, options: o }),
      importSheet: (sheet, o = {}) => {
        const { dryRun, sheetName, ...rest } = o;
        const fd = new FormData();
        fd.append('sheet', sheet, sheetName ?? fileName(sheet, 'plan.xlsx'));
        if (dryRun !== undefined) fd.append('dryRun', String(dryRun));
        return json({ method: 'POST', path: '/api/plan/import', form: fd, options: rest });
      },
      exportUrl: () => t.url('/api/plan.xlsx'),
      exportSheet: (o) => bytes('/api/plan.xlsx', o),
      reportStock: (input, o) => post('/api/stock-reports', input, o),
      stockReports: (o) => get('/api/stock-reports', o),
      stock: (o) => get('/api/stock', o),
    },
    dashboard: {
      get: (query, o) => get('/api/dashboard', o, { ...query }),
    },

    approvals: {
      list: (o) => get('/api/approvals', o),
      approve: (n, input, o) => post(`/api/orders/${id(n)}/approve`, input, o),
      reject: (n, input, o) => post(`/api/orders/${id(n)}/reject`, input, o),
    },

    company: {
      get: (o) => get('/api/company', o),
      patch: (p, o) => patch('/api/company', p, o),
      addresses: {
        create: (input, o) => post('/api/company/addresses', input, o),
        patch: (n, p, o) => patch(`/api/company/addresses/${id(n)}`, p, o),
        delete: (n, o) => del(`/api/company/addresses/${id(n)}`, o),
      },
      users: {
        list: (o) => get('/api/company/users', o),
        create: (input, o) => post('/api/company/users', input, o),
        patch: (n, p, o) => patch(`/api/company/users/${id(n)}`, p, o),
        delete: (n, o) => del(`/api/company/users/${id(n)}`, o),
      },
      groups: {
        list: (o) => get('/api/company/groups', o),
        create: (input, o) => post('/api/company/groups', input, o),
        patch: (n, p, o) => patch(`/api/company/groups/${id(n)}`, p, o),
        delete: (n, o) => del(`/api/company/groups/${id(n)}`, o),
      },
    },

    returns: {
      list: (query, o) => get('/api/returns', o, { ...query }),
      get: (n, o) => get(`/api/returns/${id(n)}`, o),
      open: (input, o) => {
        const fd = new FormData();
        fd.append('orderId', String(input.orderId));
        fd.append('reason', input.reason);
        fd.append('lines', JSON.stringify(input.lines));
        (input.photos ?? []).forEach((p, i) => fd.append('photos', p, fileName(p, `photo-${i + 1}.jpg`)));
        return json({ method: 'POST', path: '/api/returns', form: fd, options: o });
      },
      addPhotos: (n, photos, o) => {
        const fd = new FormData();
        photos.forEach((p, i) => fd.append('photos', p, fileName(p, `photo-${i + 1}.jpg`)));
        return json({ method: 'POST', path: `/api/returns/${id(n)}/attachments`, form: fd, options: o });
      },
      photoUrl: (n, photo) => t.url(`/api/returns/${id(n)}/photos/${id(photo)}`),
      confirmReceipt: (orderId, input, o) => {
        const fd = new FormData();
        fd.append('shipmentId', String(input.shipmentId));
        fd.append('lines', JSON.stringify(input.lines.map(({ photos: _p, ...l }) => l)));
        for (const l of input.lines) (l.photos ?? []).forEach((p, i) => fd.append(`photos-${l.lineId}`, p, fileName(p, `photo-${i + 1}.jpg`)));
        return json({ method: 'POST', path: `/api/orders/${id(orderId)}/receipt`, form: fd, options: o });
      },
      receiptPhotoUrl: (orderId, photo) => t.url(`/api/orders/${id(orderId)}/receipt/photos/${id(photo)}`),
      photo: (n, photo, o) => bytes(`/api/returns/${id(n)}/photos/${id(photo)}`, o),
      receiptPhoto: (orderId, photo, o) => bytes(`/api/orders/${id(orderId)}/receipt/photos/${id(photo)}`, o),
    },

    admin: {
      returns: {
        ship: (orderId, input, o) => post(`/api/admin/orders/${id(orderId)}/shipments`, input, o),
        list: (query, o) => get('/api/admin/returns', o, { ...query }),
        get: (n, o) => get(`/api/admin/returns/${id(n)}`, o),
        setStatus: (n, change, o) => post(`/api/admin/returns/${id(n)}/status`, change, o),
        photoUrl: (n, photo) => t.url(`/api/admin/returns/${id(n)}/photos/${id(photo)}`),
        receiptPhotoUrl: (orderId, photo) => t.url(`/api/admin/orders/${id(orderId)}/receipt/photos/${id(photo)}`),
        photo: (n, photo, o) => bytes(`/api/admin/returns/${id(n)}/photos/${id(photo)}`, o),
        receiptPhoto: (orderId, photo, o) => bytes(`/api/admin/orders/${id(orderId)}/receipt/photos/${id(photo)}`, o),
      },
      articles: {
        list: (query = {}, o) => get('/api/admin/articles', o, { ...query }),
        create: (input, o) => post('/api/admin/articles', input, o),
        get: (n, o) => get(`/api/admin/articles/${id(n)}`, o),
        patch: (n, p, o) => patch(`/api/admin/articles/${id(n)}`, p, o),
        delete: async (n, o) => {
          await t.send({ method: 'DELETE', path: `/api/admin/articles/${id(n)}`, read: 'none', options: o });
        },
        setImage: (n, image, o) => {
          const fd = new FormData();
          fd.append('file', image, fileName(image, 'image'));
          return json({ method: 'PUT', path: `/api/admin/articles/${id(n)}/image`, form: fd, options: o });
        },
        image: (n, o) => bytes(`/api/admin/articles/${id(n)}/image`, o),
        deleteImage: (n, o) => del(`/api/admin/articles/${id(n)}/image`, o),
        importSheet: (sheet, o = {}) => {
          const { dryRun, sheetName, ...rest } = o;
          const fd = new FormData();
          fd.append('sheet', sheet, sheetName ?? fileName(sheet, 'articles.xlsx'));
          if (dryRun !== undefined) fd.append('dryRun', String(dryRun));
          return json({ method: 'POST', path: '/api/admin/articles/import', form: fd, options: rest });
        },
        exportXlsx: (o) => bytes('/api/admin/articles/export.xlsx', o),
        exportUrl: () => t.url('/api/admin/articles/export.xlsx'),
      },
      articleCategories: {
        list: (o) => get('/api/admin/article-categories', o),
        create: (input, o) => post('/api/admin/article-categories', input, o),
        patch: (n, p, o) => patch(`/api/admin/article-categories/${id(n)}`, p, o),
        delete: async (n, o) => {
          await t.send({ method: 'DELETE', path: `/api/admin/article-categories/${id(n)}`, read: 'none', options: o });
        },
      },
      companies: {
        list: (o) => get('/api/admin/companies', o),
        create: (input, o) => post('/api/admin/companies', input, o),
        get: (n, o) => get(`/api/admin/companies/${id(n)}`, o),
        patch: (n, p, o) => patch(`/api/admin/companies/${id(n)}`, p, o),
        inviteUser: (n, input, o) => post(`/api/admin/companies/${id(n)}/users`, input, o),
        articles: (n, o) => get(`/api/admin/companies/${id(n)}/articles`, o),
        setArticle: (n, articleId, input, o) => json({ method: 'PUT', path: `/api/admin/companies/${id(n)}/articles/${id(articleId)}`, json: input, options: o }),
        resetArticle: (n, articleId, o) => del(`/api/admin/companies/${id(n)}/articles/${id(articleId)}`, o),
        setArticleCategory: (n, categoryId, input, o) =>
          json({ method: 'PUT', path: `/api/admin/companies/${id(n)}/article-categories/${id(categoryId)}`, json: input, options: o }),
        resetArticleCategory: (n, categoryId, o) => del(`/api/admin/companies/${id(n)}/article-categories/${id(categoryId)}`, o),
      },
      users: {
        list: (o) => get('/api/admin/users', o),
        patch: (n, p, o) => patch(`/api/admin/users/${id(n)}`, p, o),
      },
      staff: {
        create: (input, o) => post('/api/admin/staff', input, o),
      },
      pricing: {
        get: (o) => get('/api/admin/pricing', o),
        put: (input, o) => json({ method: 'PUT', path: '/api/admin/pricing', json: input, options: o }),
      },
      accessRequests: {
        list: (query, o) => get('/api/admin/access-requests', o, { ...query }),
        approve: (n, input, o) => post(`/api/admin/access-requests/${id(n)}/approve`, input, o),
        reject: (n, o) => post(`/api/admin/access-requests/${id(n)}/reject`, undefined, o),
      },
      orders: {
        list: (query, o) => get('/api/admin/orders', o, { ...query }),
        get: (n, o) => get(`/api/admin/orders/${id(n)}`, o),
        setStatus: (n, change, o) => post(`/api/admin/orders/${id(n)}/status`, change, o),
        addRecord: (n, record, o) => post(`/api/admin/orders/${id(n)}/records`, record, o),
        confirmationPdf: (n, o) => bytes(`/api/admin/orders/${id(n)}/confirmation.pdf`, o),
        export: (format, query, o) => bytes('/api/admin/orders/export', o, { ...query, format }),
        drawingsZip: (query, o) => bytes('/api/admin/orders/export/drawings.zip', o, { ...query }),
        exportUrl: (format, query) => (format === 'zip'
          ? t.url('/api/admin/orders/export/drawings.zip', { ...query })
          : t.url('/api/admin/orders/export', { ...query, format })),
        confirm: (n, input = {}, o) => post(`/api/admin/orders/${id(n)}/confirm`, input, o),
        ...orderFiles('/api/admin/orders'),
        unread: (o) => get('/api/admin/messages/unread', o),
        confirmSupplement: (n, sid, o) => post(`/api/admin/orders/${id(n)}/supplements/${id(sid)}/confirm`, undefined, o),
        rejectSupplement: (n, sid, reason, o) => post(`/api/admin/orders/${id(n)}/supplements/${id(sid)}/reject`, { reason }, o),
        nest: (n, o) => get(`/api/admin/orders/${id(n)}/nest`, o),
      },
      quotes: {
        list: (query, o) => get('/api/admin/quotes', o, { ...query }),
        create: (input, o) => post('/api/admin/quotes', input, o),
        get: (n, o) => get(`/api/admin/quotes/${id(n)}`, o),
        pdf: (n, o) => bytes(`/api/admin/quotes/${id(n)}/pdf`, o),
        send: (n, input = {}, o) => post(`/api/admin/quotes/${id(n)}/send`, input, o),
      },
      statements: {
        get: (query, o) => get('/api/admin/statements', o, { ...query }),
        url: (format, query) => t.url(`/api/admin/statements.${format}`, { ...query }),
        download: (format, query, o) => bytes(`/api/admin/statements.${format}`, o, { ...query }),
        openItems: (query, o) => get('/api/admin/open-items', o, { ...query }),
      },
      planning: {
        companyPlan: (n, query, o) => get(`/api/admin/companies/${id(n)}/plan`, o, { ...query }),
        materialDemand: (query, o) => get('/api/admin/material-demand', o, { ...query }),
        materialDemandUrl: (query) => t.url('/api/admin/material-demand.xlsx', { ...query }),
        materialDemandSheet: (query, o) => bytes('/api/admin/material-demand.xlsx', o, { ...query }),
      },
      dashboard: {
        get: (query, o) => get('/api/admin/dashboard', o, { ...query }),
      },
      outbox: {
        list: (query, o) => get('/api/admin/outbox', o, { ...query }),
      },
      webhooks: {
        list: (o) => get('/api/admin/webhooks', o),
        create: (input, o) => post('/api/admin/webhooks', input, o),
        patch: (n, p, o) => patch(`/api/admin/webhooks/${id(n)}`, p, o),
        delete: async (n, o) => {
          await t.send({ method: 'DELETE', path: `/api/admin/webhooks/${id(n)}`, read: 'none', options: o });
        },
        deliveries: (n, query, o) => get(`/api/admin/webhooks/${id(n)}/deliveries`, o, { ...query }),
        resend: (n, o) => post(`/api/admin/webhooks/deliveries/${id(n)}/resend`, undefined, o),
      },
      embedKeys: {
        list: (o) => get('/api/admin/embed-keys', o),
        create: (input, o) => post('/api/admin/embed-keys', input, o),
        patch: (key, p, o) => patch(`/api/admin/embed-keys/${encodeURIComponent(key)}`, p, o),
      },
    },

    system: {
      // a load balancer's view: 503 is an answer (`unavailable`), and it is not retried
      health: (o) => json({ method: 'GET', path: '/api/health', alsoOk: [503], options: o }),
      openapi: (o) => get('/api/openapi.json', o),
    },
  };
}
