import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

/** The seeded articles by number, as the shop keeps them. */
async function byNumber(ops: Caller): Promise<Map<string, any>> {
  const r = await ops.json('GET', '/api/admin/articles');
  expect(r.status).toBe(200);
  return new Map(r.body.items.map((a: any) => [a.number, a]));
}

describe('catalog articles', () => {
  let p: Portal;
  let ops: Caller;
  let sales: Caller;
  let acmeAdmin: Caller;
  let buyer: Caller;
  let engineer: Caller;
  let beta: Caller;
  let arts: Map<string, any>;
  beforeAll(async () => {
    p = await portal();
    [ops, sales, acmeAdmin, buyer, engineer, beta] = await Promise.all([
      p.as('ops@kerf.example'), p.as('sales@kerf.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'),
      p.as('engineer@acme.example'), p.as('admin@beta.example'),
    ]);
    arts = await byNumber(ops);
  });
  afterAll(() => p.close());

  describe('what a company is offered', () => {
    it('lists only what is published to the company (per category, per article, or to everyone), never inactive articles', async () => {
      const acme = (await engineer.json('GET', '/api/articles?lang=en')).body;
      expect(acme.items.map((a: any) => a.number)).toEqual([
        'BOLT-M8X30', 'NUT-M8', 'WASHER-M8', // fasteners, published to Acme as a category
        'BLANK-S235-3-1000X500', // one blank, published to Acme on its own
        'SRV-DEBURR', 'SRV-PALLET', // deburring for Acme; the pallet for everyone
      ]);
      expect(acme.total).toBe(6);
      expect(acme.categories.map((c: any) => [c.name, c.count])).toEqual([['Fasteners', 3], ['Sheet blanks', 1], ['Services', 2]]);
      const betaList = (await beta.json('GET', '/api/articles')).body.items.map((a: any) => a.number);
      expect(betaList).toEqual(['BLANK-14301-2-1000X500', 'BLANK-S235-3-1000X500', 'SRV-DEBURR', 'SRV-PALLET']);
      expect(betaList).not.toContain('OLD-RIVET-4');
    });

    it('shows each company its own effective price: a category discount, a fixed price, a discount, the list price', async () => {
      const get = async (c: Caller, number: string) => (await c.json('GET', `/api/articles/${arts.get(number).id}?lang=en`)).body;
      // Acme: fasteners 10 % off, quantity breaks included
      const nut = await get(engineer, 'NUT-M8');
      expect(nut).toMatchObject({ basePrice: 690, unitPrice: 621, priceKind: 'discount', discount: 10, unit: 'box', stock: 140 });
      expect(nut.prices).toEqual([{ quantity: 1, unitPrice: 621 }, { quantity: 10, unitPrice: 558 }]);
      // the S235 blank: Acme has a fixed price whatever the quantity, Beta the list price with its breaks
      const acmeBlank = await get(engineer, 'BLANK-S235-3-1000X500');
      expect(acmeBlank).toMatchObject({ basePrice: 2150, unitPrice: 1890, priceKind: 'fixed', discount: null });
      expect(acmeBlank.prices.map((x: any) => x.unitPrice)).toEqual([1890, 1890, 1890]);
      expect(acmeBlank.stock).toBeNull(); // the shop does not show this stock
      const betaBlank = await get(beta, 'BLANK-S235-3-1000X500');
      expect(betaBlank).toMatchObject({ unitPrice: 2150, priceKind: 'base' });
      expect(betaBlank.prices).toEqual([{ quantity: 1, unitPrice: 2150 }, { quantity: 10, unitPrice: 1950 }, { quantity: 50, unitPrice: 1790 }]);
      // deburring: Acme at list price, Beta 5 % off
      expect((await get(engineer, 'SRV-DEBURR')).unitPrice).toBe(6500);
      expect((await get(beta, 'SRV-DEBURR')).unitPrice).toBe(6175);
    });

    it('gives names in the user\'s language, and the company\'s own number and name beside the shop\'s', async () => {
      const de = (await acmeAdmin.json('GET', `/api/articles/${arts.get('NUT-M8').id}`)).body; // Anna speaks German
      expect(de.name).toBe('Sechskantmutter M8, DIN 934, verzinkt (100 Stück)');
      expect(de.category.name).toBe('Verbindungselemente');
      expect(de).toMatchObject({ number: 'NUT-M8', customerArticleNumber: 'ACME-N-008', customerName: 'Mutter M8 verzinkt' });
      const fr = (await acmeAdmin.json('GET', `/api/articles/${arts.get('NUT-M8').id}?lang=fr`)).body;
      expect(fr.name).toMatch(/^Écrou hexagonal M8/);
      // search finds the company's own number too
      expect((await acmeAdmin.json('GET', '/api/articles?q=ACME-N')).body.items.map((a: any) => a.number)).toEqual(['NUT-M8']);
      expect((await acmeAdmin.json('GET', '/api/articles?q=mutter')).body.items.map((a: any) => a.number)).toEqual(['NUT-M8']);
      const own = await acmeAdmin.json('PUT', `/api/articles/${arts.get('SRV-DEBURR').id}/reference`, { customerArticleNumber: 'DL-ENTGRATEN', customerName: 'Entgraten (Std.)' });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ customerArticleNumber: 'DL-ENTGRATEN', customerName: 'Entgraten (Std.)' });
      // the shop sees it beside its own, per company
      const seen = (await ops.json('GET', `/api/admin/companies/${(await acmeAdmin.json('GET', '/api/company')).body.id}/articles`)).body;
      expect(seen.items.find((a: any) => a.number === 'SRV-DEBURR')).toMatchObject({ customerArticleNumber: 'DL-ENTGRATEN', inAssortment: true, visible: true });
    });

    it('sorts by the company\'s price, by name in the language, or by number; pages keep the order', async () => {
      const numbers = async (c: Caller, query: string) => (await c.json('GET', `/api/articles?${query}`)).body.items.map((a: any) => a.number);
      // Acme's prices: washer 351, nut 621, bolt 1341, pallet 1800, the blank at its fixed 1890 (list 2150), deburring 6500
      const cheapest = ['WASHER-M8', 'NUT-M8', 'BOLT-M8X30', 'SRV-PALLET', 'BLANK-S235-3-1000X500', 'SRV-DEBURR'];
      expect(await numbers(engineer, 'sort=price')).toEqual(cheapest);
      expect(await numbers(engineer, 'sort=-price')).toEqual([...cheapest].reverse());
      expect(await numbers(engineer, 'sort=price&page=2&pageSize=4')).toEqual(cheapest.slice(4));
      expect(await numbers(engineer, 'sort=number')).toEqual([...cheapest].sort());
      const names = async (query: string) => (await engineer.json('GET', `/api/articles?${query}`)).body.items.map((a: any) => a.name);
      for (const lang of ['en', 'de', 'fr']) {
        const sorted = await names(`sort=name&lang=${lang}`);
        expect(sorted).toEqual([...sorted].sort((a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
      }
      expect((await names('sort=name&lang=de'))[0]).toBe('Blechzuschnitt S235, 3 mm, 1000 × 500 mm');
      expect((await engineer.json('GET', '/api/articles?sort=cheapest')).status).toBe(400);
    });

    it('answers 404 for a stranger\'s article: published to another company only, inactive, or unknown', async () => {
      const nut = arts.get('NUT-M8').id; // Acme's fasteners
      for (const [method, path, body] of [
        ['GET', `/api/articles/${nut}`], ['POST', `/api/articles/${nut}/favorite`], ['DELETE', `/api/articles/${nut}/favorite`],
        ['PUT', `/api/articles/${nut}/reference`, { customerName: 'mine' }], ['GET', `/api/articles/${nut}/image`],
        ['POST', '/api/basket/items', { articleId: nut, quantity: 1 }],
      ] as [string, string, unknown?][]) {
        const r = await beta.json(method, path, body);
        expect(`${method} ${path} ${r.status} ${r.body?.error?.code}`).toBe(`${method} ${path} 404 NOT_FOUND`);
      }
      expect((await engineer.json('GET', `/api/articles/${arts.get('OLD-RIVET-4').id}`)).status).toBe(404);
      expect((await engineer.json('GET', '/api/articles/999999')).status).toBe(404);
      expect((await beta.json('GET', '/api/articles?q=NUT')).body.items).toEqual([]);
    });
  });

  describe('favourites', () => {
    it('keeps favourites per user, filters by them, and forgets them on request', async () => {
      const seeded = (await buyer.json('GET', '/api/articles?favorites=true')).body;
      expect(seeded.items.map((a: any) => a.number)).toEqual(['NUT-M8']);
      expect(seeded.items[0].favorite).toBe(true);
      const bolt = arts.get('BOLT-M8X30').id;
      const added = await buyer.json('POST', `/api/articles/${bolt}/favorite`);
      expect(added.status).toBe(200);
      expect(added.body.favorite).toBe(true);
      expect((await buyer.json('POST', `/api/articles/${bolt}/favorite`)).status).toBe(200); // twice is once
      expect((await buyer.json('GET', '/api/articles?favorites=1')).body.items.map((a: any) => a.number)).toEqual(['BOLT-M8X30', 'NUT-M8']);
      // another user of the same company has his own
      expect((await engineer.json('GET', '/api/articles?favorites=true')).body.items).toEqual([]);
      expect((await engineer.json('GET', `/api/articles/${bolt}`)).body.favorite).toBe(false);
      const removed = await buyer.json('DELETE', `/api/articles/${bolt}/favorite`);
      expect(removed.body.favorite).toBe(false);
      expect((await buyer.json('GET', '/api/articles?favorites=true')).body.total).toBe(1);
    });
  });

  describe('in the basket and the order', () => {
    it('puts articles beside parts, priced at the company\'s price with quantity breaks, and freezes that price in the order', async () => {
      const basket0 = (await beta.json('GET', '/api/basket')).body;
      for (const i of basket0.items) await beta.json('DELETE', `/api/basket/items/${i.id}`);
      const part = (await beta.json('GET', '/api/parts')).body.items[0];
      await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 5 });
      const blank = arts.get('BLANK-S235-3-1000X500').id;
      await beta.json('POST', '/api/basket/items', { articleId: blank, quantity: 4 });
      const basket = (await beta.json('POST', '/api/basket/items', { articleId: blank, quantity: 8 })).body; // 12: the break at 10
      expect(basket.items).toHaveLength(2);
      const line = basket.items.find((i: any) => i.kind === 'article');
      expect(line).toMatchObject({ articleId: blank, articleNumber: 'BLANK-S235-3-1000X500', quantity: 12, unit: 'pc', unitPrice: 1950, total: 23_400, partId: null, material: null });
      expect(line.breakdown).toEqual([{ code: 'article', label: 'Article', amount: 23_400 }]);
      const partLine = basket.items.find((i: any) => i.kind === 'part');
      expect(basket.total).toBe(partLine.total + 23_400);
      // both at once is refused
      expect((await beta.json('POST', '/api/basket/items', { partId: part.id, articleId: blank, quantity: 1 })).status).toBe(400);

      const order = await beta.json('POST', '/api/orders', { commission: 'Blanks' }, { 'Idempotency-Key': 'articles-1' });
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body.status).toBe('released');
      const ol = order.body.lines.find((l: any) => l.kind === 'article');
      expect(ol).toMatchObject({ articleId: blank, articleNumber: 'BLANK-S235-3-1000X500', unitPrice: 1950, total: 23_400, quantity: 12, unit: 'pc', material: null, thickness: null });
      expect(order.body.total).toBe(basket.total);
      // a part's own number and name are the customer's: the same columns for every line
      expect(order.body.lines.find((l: any) => l.kind === 'part')).toMatchObject({ customerArticleNumber: part.articleNumber, customerName: part.name });

      // the shop raises the price: the order keeps what it was placed at
      await ops.json('PATCH', `/api/admin/articles/${blank}`, { priceBreaks: [{ quantity: 10, unitPrice: 2500 }] });
      const later = (await beta.json('GET', `/api/orders/${order.body.id}`)).body;
      expect(later.lines.find((l: any) => l.kind === 'article').unitPrice).toBe(1950);
      expect((await beta.json('GET', `/api/articles/${blank}`)).body.prices.find((x: any) => x.quantity === 10).unitPrice).toBe(2500);
      // and the ERP export carries the article line
      const exp = (await ops.json('GET', `/api/admin/orders/export?format=json&companyId=${later.company.id}`)).body;
      const exported = exp.orders.find((o: any) => o.id === order.body.id).lines.find((l: any) => l.kind === 'article');
      expect(exported).toMatchObject({ articleId: blank, articleNumber: 'BLANK-S235-3-1000X500', unit: 'pc', unitPriceCents: 1950, material: null });
    });

    it('a line becomes unorderable when the article is withdrawn from the company', async () => {
      const deburr = arts.get('SRV-DEBURR').id;
      await beta.json('POST', '/api/basket/items', { articleId: deburr, quantity: 2 });
      const betaId = (await beta.json('GET', '/api/company')).body.id;
      await ops.json('PUT', `/api/admin/companies/${betaId}/articles/${deburr}`, { published: false });
      const basket = (await beta.json('GET', '/api/basket')).body;
      expect(basket.items.find((i: any) => i.articleId === deburr)).toMatchObject({ unitPrice: null, error: { code: 'ARTICLE_UNAVAILABLE' } });
      const order = await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'articles-2' });
      expect(order.status).toBe(422);
      expect(order.body.error.code).toBe('ARTICLE_UNAVAILABLE');
      await ops.json('DELETE', `/api/admin/companies/${betaId}/articles/${deburr}`); // back to nothing: not published at all
      expect((await beta.json('GET', `/api/articles/${deburr}`)).status).toBe(404);
      await ops.json('PUT', `/api/admin/companies/${betaId}/articles/${deburr}`, { published: true, discount: 5 });
      expect((await beta.json('GET', `/api/articles/${deburr}`)).body.unitPrice).toBe(6175);
      const basketAgain = (await beta.json('GET', '/api/basket')).body;
      for (const i of basketAgain.items) await beta.json('DELETE', `/api/basket/items/${i.id}`);
    });
  });

  describe('outside_assortment approval', () => {
    it('sends an article outside the assortment to the approver; published articles go straight through', async () => {
      const acmeId = (await acmeAdmin.json('GET', '/api/company')).body.id;
      for (const i of (await engineer.json('GET', '/api/basket')).body.items) await engineer.json('DELETE', `/api/basket/items/${i.id}`);
      // in the assortment: published to Acme (fasteners by category, the blank on its own)
      await engineer.json('POST', '/api/basket/items', { articleId: arts.get('NUT-M8').id, quantity: 3 });
      await engineer.json('POST', '/api/basket/items', { articleId: arts.get('BLANK-S235-3-1000X500').id, quantity: 2 });
      const inside = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'assortment-1' });
      expect(inside.status).toBe(201);
      expect(inside.body.status).toBe('released');
      expect(inside.body.lines.map((l: any) => l.approval)).toEqual(['not_needed', 'not_needed']);

      // the pallet is shown to every company but published to none: outside Acme's assortment
      const pallet = arts.get('SRV-PALLET').id;
      const shown = (await engineer.json('GET', `/api/articles/${pallet}`)).body;
      expect(shown.inAssortment).toBe(false);
      await engineer.json('POST', '/api/basket/items', { articleId: pallet, quantity: 1 });
      await engineer.json('POST', '/api/basket/items', { articleId: arts.get('WASHER-M8').id, quantity: 1 });
      const outside = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'assortment-2' });
      expect(outside.status).toBe(201);
      expect(outside.body.status).toBe('pending_approval');
      expect(outside.body.lines.map((l: any) => [l.articleNumber, l.approval, l.approvalReason])).toEqual([
        ['SRV-PALLET', 'pending', 'article'], ['WASHER-M8', 'not_needed', null],
      ]);
      // the approver gets the mail, the shop does not see the order yet
      expect((await ops.json('GET', `/api/admin/orders?companyId=${acmeId}`)).body.items.map((o: any) => o.id)).not.toContain(outside.body.id);
      const approved = await acmeAdmin.json('POST', `/api/orders/${outside.body.id}/approve`);
      expect(approved.body.status).toBe('released');

      // once the shop publishes it to Acme, it is in the assortment
      await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${pallet}`, { published: true });
      await engineer.json('POST', '/api/basket/items', { articleId: pallet, quantity: 1 });
      const now = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'assortment-3' });
      expect(now.body.status).toBe('released');
    });
  });

  describe('the back office', () => {
    it('keeps categories and articles; sales staff may read, not change; customers get 403', async () => {
      const cat = await ops.json('POST', '/api/admin/article-categories', { name: { en: 'Hardware', de: 'Zubehör' }, position: 5 });
      expect(cat.status).toBe(201);
      const made = await ops.json('POST', '/api/admin/articles', {
        number: 'HINGE-40', name: { en: 'Hinge 40 mm' }, categoryId: cat.body.id, basePrice: 420,
        priceBreaks: [{ quantity: 50, unitPrice: 380 }, { quantity: 10, unitPrice: 400 }],
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect(made.body).toMatchObject({ unit: 'pc', active: true, publishedToAll: false, priceBreaks: [{ quantity: 10, unitPrice: 400 }, { quantity: 50, unitPrice: 380 }] });
      expect((await ops.json('POST', '/api/admin/articles', { number: 'HINGE-40', name: { en: 'again' }, basePrice: 1 })).body.error.code).toBe('ARTICLE_NUMBER_TAKEN');
      expect((await ops.json('POST', '/api/admin/articles', { number: 'X', name: { en: 'x' }, basePrice: 1, categoryId: 99999 })).status).toBe(400);
      expect((await sales.json('GET', `/api/admin/articles/${made.body.id}`)).status).toBe(200);
      expect((await sales.json('GET', '/api/admin/articles?q=Zubeh')).body.items).toEqual([]);
      expect((await sales.json('GET', '/api/admin/articles?q=sechskantm')).body.items.map((x: any) => x.number)).toEqual(['NUT-M8']);
      expect((await sales.json('GET', '/api/admin/articles?q=en')).body.items.map((x: any) => x.number)).not.toContain('WASHER-M8'); // not the JSON's keys
      expect((await sales.json('PATCH', `/api/admin/articles/${made.body.id}`, { basePrice: 1 })).status).toBe(403);
      expect((await acmeAdmin.json('GET', '/api/admin/articles')).status).toBe(403);
      // nobody sees it until it is published
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).status).toBe(404);
      const acmeId = (await acmeAdmin.json('GET', '/api/company')).body.id;
      const pub = await ops.json('PUT', `/api/admin/companies/${acmeId}/article-categories/${cat.body.id}`, { published: true, discount: 25 });
      expect(pub.body.items.find((a: any) => a.number === 'HINGE-40')).toMatchObject({ inAssortment: true, visible: true, unitPrice: 315, categoryDiscount: 25 });
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).body.unitPrice).toBe(315);
      // an article's own price wins over the category's discount; a fixed price replaces a discount
      await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { discount: 50 });
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).body.unitPrice).toBe(210);
      const fixed = await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { fixedPrice: 333 });
      expect(fixed.body.items.find((a: any) => a.number === 'HINGE-40')).toMatchObject({ fixedPrice: 333, discount: null, unitPrice: 333 });
      expect((await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { fixedPrice: 1, discount: 1 })).status).toBe(400);
      // the operator keeps the company's own number and name too ('' clears one; absent ones stay)
      const named = await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { customerArticleNumber: ' ACME-H40 ', customerName: 'Scharnier' });
      expect(named.body.items.find((a: any) => a.number === 'HINGE-40')).toMatchObject({ customerArticleNumber: 'ACME-H40', customerName: 'Scharnier', fixedPrice: 333 });
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).body).toMatchObject({ customerArticleNumber: 'ACME-H40', customerName: 'Scharnier' });
      const cleared = await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { customerName: '' });
      expect(cleared.body.items.find((a: any) => a.number === 'HINGE-40')).toMatchObject({ customerArticleNumber: 'ACME-H40', customerName: null });
      // hidden from a published category
      await ops.json('PUT', `/api/admin/companies/${acmeId}/articles/${made.body.id}`, { published: false });
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).status).toBe(404);
      await ops.json('DELETE', `/api/admin/companies/${acmeId}/articles/${made.body.id}`);
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).body.unitPrice).toBe(315);
      // deactivated: gone for customers
      await ops.json('PATCH', `/api/admin/articles/${made.body.id}`, { active: false });
      expect((await acmeAdmin.json('GET', `/api/articles/${made.body.id}`)).status).toBe(404);
      await ops.json('DELETE', `/api/admin/companies/${acmeId}/article-categories/${cat.body.id}`);
      expect((await ops.json('DELETE', `/api/admin/articles/${made.body.id}`)).status).toBe(204);
      expect((await ops.json('DELETE', `/api/admin/article-categories/${cat.body.id}`)).status).toBe(204);
      expect((await ops.json('GET', `/api/admin/articles/${made.body.id}`)).status).toBe(404);
    });

    it('takes an image by its bytes (no SVG), and shows it to the companies that see the article', async () => {
      const nut = arts.get('NUT-M8').id;
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
      const form = (bytes: Uint8Array, name: string) => { const f = new FormData(); f.set('file', new File([bytes], name)); return f; };
      const up = await ops.json('PUT', `/api/admin/articles/${nut}/image`, form(png, 'nut.png'));
      expect(up.status, JSON.stringify(up.body)).toBe(200);
      expect(up.body.image).toBe(`/api/admin/articles/${nut}/image`);
      const svg = await ops.json('PUT', `/api/admin/articles/${nut}/image`, form(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.png'));
      expect(svg.status).toBe(415);
      const seen = await acmeAdmin.request('GET', `/api/articles/${nut}/image`);
      expect(seen.status).toBe(200);
      expect(seen.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await seen.arrayBuffer())).toEqual(png);
      expect((await acmeAdmin.json('GET', `/api/articles/${nut}`)).body.image).toBe(`/api/articles/${nut}/image`);
      expect((await beta.request('GET', `/api/articles/${nut}/image`)).status).toBe(404);
      expect((await ops.json('DELETE', `/api/admin/articles/${nut}/image`)).body.image).toBeNull();
    });
  });
});
