import type { Translation } from './translation.js';

// Sie-Form throughout. After "Guten Tag …," a German letter goes on in lower case unless the
// sentence starts with a noun or "Sie"; the first paragraphs below are written for that.
export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $locale: 'de-DE',
  greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  signOff: 'Mit freundlichen Grüßen',
  signature: 'Ihr Kundenportal-Team',
  colon: ': ',
  linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  automatic: 'Diese E-Mail wurde automatisch von unserem Kundenportal versendet.',
  labels: {
    orderNumber: 'Bestellnummer',
    company: 'Firma',
    customerNumber: 'Kundennummer',
    requester: 'Name',
    email: 'E-Mail',
    orderer: 'Bestellt von',
    lines: 'Positionen',
    total: 'Gesamtbetrag',
    requestedDate: 'Wunschtermin',
    status: 'Status',
    quoteNumber: 'Angebotsnummer',
    validUntil: 'Gültig bis',
    document: 'Beleg',
    returnNumber: 'Retourennummer',
    returnStatus: 'Status der Retoure',
    replacementNumber: 'Ersatzbestellung',
  },
  fields: { quantity: 'Menge', deliveryDate: 'Liefertermin' },
  changeLine: (c) => `Pos. ${c.position} ${c.name}: ${c.field} ${c.from} → ${c.to} (${c.reason})`,
  status: {
    pending_approval: 'Wartet auf Freigabe',
    released: 'Freigegeben',
    in_production: 'In Fertigung',
    shipped: 'Versendet',
    completed: 'Abgeschlossen',
    rejected: 'Abgelehnt',
    cancelled: 'Storniert',
  },
  statusNote: {
    pending_approval: 'Die Bestellung wartet auf die Freigabe in Ihrem Unternehmen.',
    released: 'Die Bestellung liegt uns vor und wird für die Fertigung eingeplant.',
    in_production: 'Ihre Teile werden jetzt gefertigt.',
    shipped: 'Ihre Teile sind auf dem Weg zu Ihnen.',
    completed: 'Die Bestellung ist abgeschlossen. Vielen Dank für Ihren Auftrag!',
    rejected: 'Die Bestellung wird nicht ausgeführt.',
    cancelled: 'Die Bestellung wird nicht ausgeführt.',
  },
  returnStatus: {
    requested: 'Angefragt',
    accepted: 'Angenommen',
    rejected: 'Abgelehnt',
    received: 'Ware zurückerhalten',
    credited: 'Gutgeschrieben',
    replaced: 'Ersetzt',
    closed: 'Abgeschlossen',
  },
  returnStatusNote: {
    requested: 'Ihre Retourenanfrage liegt uns vor.',
    accepted: 'Wir nehmen die Retoure an. Bitte senden Sie die Ware wie unten beschrieben zurück.',
    rejected: 'Diese Retoure können wir leider nicht annehmen.',
    received: 'Die zurückgesandte Ware ist bei uns eingetroffen; wir erledigen die Retoure in Kürze.',
    credited: 'Wir haben Ihnen die zurückgesandte Ware gutgeschrieben.',
    replaced: 'Wir fertigen die zurückgesandten Teile kostenlos neu; die Ersatzbestellung ist bereits eingeplant.',
    closed: 'Die Retoure ist abgeschlossen.',
  },
  mails: {
    invitation: {
      subject: (v) => `Ihre Einladung zum Kundenportal für ${v.company}`,
      body: (v) => [
        `für Sie wurde ein Zugang zu unserem Kundenportal für ${v.company} eingerichtet. Dort können Sie Zeichnungen hochladen, sofort Preise erhalten sowie Bestellungen aufgeben und verfolgen.`,
        `Bitte legen Sie über die Schaltfläche unten Ihr Passwort fest. Der Link ist ${v.expiresIn} gültig und kann einmal verwendet werden.`,
      ],
      action: 'Passwort festlegen',
    },
    password_reset: {
      subject: () => 'Passwort zurücksetzen',
      body: (v) => [
        'wir haben eine Anfrage erhalten, das Passwort Ihres Zugangs zum Kundenportal zurückzusetzen.',
        `Über die Schaltfläche unten können Sie ein neues Passwort wählen. Der Link ist ${v.expiresIn} gültig und kann einmal verwendet werden.`,
      ],
      action: 'Neues Passwort wählen',
      after: () => ['Falls Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.'],
    },
    access_request: {
      subject: (v) => `Zugangsanfrage von ${v.company}`,
      body: (v) => [
        `${v.requester} (${v.email}) hat einen Zugang zum Kundenportal für ${v.company} angefragt.`,
        'Bitte prüfen Sie die Anfrage und geben Sie sie im Backoffice frei oder lehnen Sie sie ab.',
      ],
      action: 'Anfrage prüfen',
    },
    access_approved: {
      subject: () => 'Ihr Zugang zum Kundenportal ist freigeschaltet',
      body: (v) => [
        `Ihre Anfrage für ${v.company} wurde genehmigt, Ihr Zugang ist eingerichtet.`,
        `Bitte legen Sie über die Schaltfläche unten Ihr Passwort fest, um sich anzumelden. Der Link ist ${v.expiresIn} gültig und kann einmal verwendet werden.`,
      ],
      action: 'Passwort festlegen',
    },
    access_rejected: {
      subject: () => 'Ihre Anfrage für einen Zugang zum Kundenportal',
      body: (v) => [
        `vielen Dank für Ihr Interesse. Leider können wir Ihre Zugangsanfrage für ${v.company} derzeit nicht freigeben.`,
        v.reason && `Begründung: ${v.reason}`,
        'Bei Fragen sind wir gern für Sie da.',
      ],
      action: 'Zum Kundenportal',
    },
    approval_requested: {
      subject: (v) => `Freigabe erforderlich: Bestellung ${v.orderNumber}`,
      body: (v) => [
        `${v.orderer} hat für ${v.company} die Bestellung ${v.orderNumber} aufgegeben. Sie muss von Ihnen freigegeben werden, bevor sie an uns übermittelt wird.`,
        'Sie können die ganze Bestellung oder einzelne Positionen freigeben oder die Bestellung mit einer Begründung ablehnen.',
      ],
      action: 'Bestellung prüfen',
    },
    order_released: {
      subject: (v) => `Bestellung ${v.orderNumber} freigegeben`,
      body: (v) => [
        `Ihre Bestellung ${v.orderNumber} wurde freigegeben und zur Fertigung an uns übermittelt. Wir halten Sie über den weiteren Verlauf auf dem Laufenden.`,
      ],
      action: 'Bestellung ansehen',
    },
    order_rejected: {
      subject: (v) => `Bestellung ${v.orderNumber} wurde nicht freigegeben`,
      body: (v) => [
        `Ihre Bestellung ${v.orderNumber} wurde leider${v.actor ? ` von ${v.actor}` : ''} nicht freigegeben und daher nicht an uns übermittelt.`,
        v.reason && `Begründung: ${v.reason}`,
      ],
      action: 'Bestellung ansehen',
      after: () => ['Bei Fragen wenden Sie sich bitte an die Person, die Ihre Bestellungen freigibt.'],
    },
    order_status: {
      subject: (v) => `Bestellung ${v.orderNumber}: ${v.status}`,
      body: (v) => [
        `der Status Ihrer Bestellung ${v.orderNumber} hat sich geändert: „${v.status}“. ${v.statusNote ?? ''}`,
        v.note && `Unser Hinweis: ${v.note}`,
      ],
      action: 'Bestellung ansehen',
    },
    order_cancelled: {
      subject: (v) => `Bestellung ${v.orderNumber} storniert`,
      body: (v) => [
        `die Bestellung ${v.orderNumber}${v.company ? ` für ${v.company}` : ''} wurde${v.actor ? ` von ${v.actor}` : ''} storniert.`,
        v.reason && `Begründung: ${v.reason}`,
      ],
      action: 'Bestellung ansehen',
    },
    new_order_sales: {
      subject: (v) => `Neue Bestellung ${v.orderNumber} von ${v.company}`,
      body: (v) => [
        `${v.company} hat die Bestellung ${v.orderNumber} aufgegeben. Sie ist freigegeben und kann in die Fertigungsplanung gehen.`,
      ],
      action: 'Bestellung öffnen',
    },
    quote_sent: {
      subject: (v) => `Ihr Angebot ${v.quoteNumber}`,
      body: (v) => [
        `Wir haben Ihnen das Angebot ${v.quoteNumber} erstellt (${v.total} netto). Die Preise gelten bis ${v.validUntil}; bis dahin können Sie es im Portal mit einem Klick bestellen.`,
      ],
      action: 'Angebot öffnen (PDF)',
    },
    order_confirmed: {
      subject: (v) => `Auftragsbestätigung ${v.orderNumber}`,
      body: (v) => [
        `wir haben Ihre Bestellung ${v.orderNumber} bestätigt.`,
        v.changes ? `Folgendes mussten wir ändern:\n${v.changes}` : 'Alles ist so, wie Sie es bestellt haben.',
        v.note && `Unser Hinweis: ${v.note}`,
        `Die Summe beträgt jetzt ${v.total} netto; die Auftragsbestätigung im Portal zeigt den bestätigten Stand.`,
      ],
      action: 'Bestellung ansehen',
    },
    order_message: {
      subject: (v) => `Neue Nachricht zur Bestellung ${v.orderNumber}`,
      body: (v) => [
        `${v.actor} hat zur Bestellung ${v.orderNumber} geschrieben:`,
        v.message,
      ],
      action: 'Im Portal antworten',
    },
    supplement_submitted: {
      subject: (v) => `Bestellung ${v.orderNumber}: Nachtrag ${v.supplement} von ${v.company}`,
      body: (v) => [
        `${v.company} hat der Bestellung ${v.orderNumber} den Nachtrag ${v.supplement} hinzugefügt (${v.total} netto). Bitte prüfen Sie ihn und bestätigen oder lehnen Sie ihn ab.`,
      ],
      action: 'Bestellung öffnen',
    },
    supplement_confirmed: {
      subject: (v) => `Bestellung ${v.orderNumber}: Nachtrag ${v.supplement} bestätigt`,
      body: (v) => [
        `wir haben den Nachtrag ${v.supplement} zu Ihrer Bestellung ${v.orderNumber} bestätigt; seine Positionen gehören jetzt zur Bestellung.`,
      ],
      action: 'Bestellung ansehen',
    },
    supplement_rejected: {
      subject: (v) => `Bestellung ${v.orderNumber}: Nachtrag ${v.supplement} nicht angenommen`,
      body: (v) => [
        `der Nachtrag ${v.supplement} zur Bestellung ${v.orderNumber} wurde${v.actor ? ` von ${v.actor}` : ''} nicht angenommen; die Bestellung bleibt, wie sie war.`,
        v.reason && `Begründung: ${v.reason}`,
      ],
      action: 'Bestellung ansehen',
    },
    supplement_withdrawn: {
      subject: (v) => `Bestellung ${v.orderNumber}: Nachtrag ${v.supplement} zurückgezogen`,
      body: (v) => [
        `${v.company} hat den Nachtrag ${v.supplement} zur Bestellung ${v.orderNumber}${v.actor ? ` (${v.actor})` : ''} zurückgezogen; seine Positionen gehören nicht mehr zur Bestellung. Es ist nichts zu bestätigen.`,
      ],
      action: 'Bestellung öffnen',
    },
    shipment_partial: {
      subject: (v) => `Bestellung ${v.orderNumber}: Teillieferung versandt`,
      body: (v) => [
        `Ein Teil Ihrer Bestellung ${v.orderNumber} hat uns mit Lieferschein ${v.document} verlassen:`,
        v.items,
        'Der Rest folgt. Bitte bestätigen Sie im Portal den Empfang jeder Position, sobald die Ware angekommen ist.',
        v.note && `Hinweis von uns: ${v.note}`,
      ],
      action: 'Bestellung ansehen',
    },
    receipt_complaint: {
      subject: (v) => `Reklamation zu Bestellung ${v.orderNumber} von ${v.company}`,
      body: (v) => [
        `${v.actor} (${v.company}) hat den Empfang der Bestellung ${v.orderNumber} mit einer Reklamation bestätigt:`,
        v.items,
      ],
      action: 'Bestellung öffnen',
    },
    return_requested: {
      subject: (v) => `Retoure ${v.returnNumber} angefragt von ${v.company}`,
      body: (v) => [
        `${v.actor} (${v.company}) möchte Ware aus Bestellung ${v.orderNumber} zurücksenden.`,
        `Grund: ${v.reason}`,
        v.items,
        'Bitte nehmen Sie die Retoure mit einer Anleitung zur Rücksendung an, oder lehnen Sie sie ab.',
      ],
      action: 'Retoure öffnen',
    },
    return_photos: {
      subject: (v) => `Retoure ${v.returnNumber}: neue Fotos`,
      body: (v) => [`${v.actor} hat der Retoure ${v.returnNumber} (Bestellung ${v.orderNumber}) ${v.lines} Foto(s) hinzugefügt.`],
      action: 'Retoure öffnen',
    },
    return_status: {
      subject: (v) => `Retoure ${v.returnNumber}: ${v.returnStatus}`,
      body: (v) => [
        `Ihre Retoure ${v.returnNumber} zu Bestellung ${v.orderNumber} ist jetzt „${v.returnStatus}“. ${v.returnStatusNote ?? ''}`,
        v.instructions && `So senden Sie die Ware zurück: ${v.instructions}`,
        v.document && v.total && `Gutschrift ${v.document} über ${v.total}.`,
        v.replacementNumber && `Ersatzbestellung: ${v.replacementNumber}.`,
        v.note && `Hinweis von uns: ${v.note}`,
      ],
      action: 'Retoure ansehen',
    },
  },
};
