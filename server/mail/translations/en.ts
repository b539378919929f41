import type { Translation } from './translation.js';

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $locale: 'en-GB',
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  signOff: 'Kind regards',
  signature: 'Your customer portal team',
  colon: ': ',
  linkHint: 'If the button does not work, copy this address into your browser:',
  automatic: 'This e-mail was sent automatically by our customer portal.',
  labels: {
    orderNumber: 'Order number',
    company: 'Company',
    customerNumber: 'Customer number',
    requester: 'Name',
    email: 'E-mail',
    orderer: 'Ordered by',
    lines: 'Lines',
    total: 'Total',
    requestedDate: 'Requested date',
    status: 'Status',
    quoteNumber: 'Quote number',
    validUntil: 'Valid until',
    document: 'Document',
    returnNumber: 'Return number',
    returnStatus: 'Return status',
    replacementNumber: 'Replacement order',
  },
  fields: { quantity: 'quantity', deliveryDate: 'delivery date' },
  changeLine: (c) => `Pos. ${c.position} ${c.name}: ${c.field} ${c.from} → ${c.to} (${c.reason})`,
  status: {
    pending_approval: 'Awaiting approval',
    released: 'Released',
    in_production: 'In production',
    shipped: 'Shipped',
    completed: 'Completed',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
  statusNote: {
    pending_approval: 'The order is waiting for approval within your company.',
    released: 'We have received the order and are scheduling it for production.',
    in_production: 'Your parts are now being made.',
    shipped: 'Your parts are on their way to you.',
    completed: 'The order is complete. Thank you for your business!',
    rejected: 'The order will not be carried out.',
    cancelled: 'The order will not be carried out.',
  },
  returnStatus: {
    requested: 'Requested',
    accepted: 'Accepted',
    rejected: 'Rejected',
    received: 'Goods received back',
    credited: 'Credited',
    replaced: 'Replaced',
    closed: 'Closed',
  },
  returnStatusNote: {
    requested: 'We have received your return request.',
    accepted: 'We accept the return. Please send the goods back as described below.',
    rejected: 'We cannot accept this return.',
    received: 'The returned goods have arrived with us; we will settle the return shortly.',
    credited: 'We have credited the returned goods.',
    replaced: 'We make the returned parts again at no charge; the replacement order is already in production planning.',
    closed: 'The return is closed.',
  },
  mails: {
    invitation: {
      subject: (v) => `Your invitation to the customer portal for ${v.company}`,
      body: (v) => [
        `An account has been set up for you in our customer portal for ${v.company}. There you can upload drawings, get prices straight away, and place and follow your orders.`,
        `Please choose your password using the button below. The link is valid for ${v.expiresIn} and can be used once.`,
      ],
      action: 'Set your password',
    },
    password_reset: {
      subject: () => 'Reset your password',
      body: (v) => [
        'We have received a request to reset the password of your customer portal account.',
        `Please choose a new password using the button below. The link is valid for ${v.expiresIn} and can be used once.`,
      ],
      action: 'Choose a new password',
      after: () => ['If you did not ask for this, you can ignore this e-mail; your password stays unchanged.'],
    },
    access_request: {
      subject: (v) => `Access request from ${v.company}`,
      body: (v) => [
        `${v.requester} (${v.email}) has asked for access to the customer portal for ${v.company}.`,
        'Please review the request and approve or reject it in the back office.',
      ],
      action: 'Review the request',
    },
    access_approved: {
      subject: () => 'Your access to the customer portal is ready',
      body: (v) => [
        `Good news: your request for ${v.company} has been approved and your account is ready.`,
        `Please choose your password using the button below to sign in. The link is valid for ${v.expiresIn} and can be used once.`,
      ],
      action: 'Set your password',
    },
    access_rejected: {
      subject: () => 'Your request for access to the customer portal',
      body: (v) => [
        `Thank you for your interest. Unfortunately we cannot approve your request for access for ${v.company} at this time.`,
        v.reason && `Reason: ${v.reason}`,
        'If you have any questions, please do not hesitate to contact us.',
      ],
      action: 'Visit the portal',
    },
    approval_requested: {
      subject: (v) => `Approval needed: order ${v.orderNumber}`,
      body: (v) => [
        `${v.orderer} has placed order ${v.orderNumber} for ${v.company}. It needs your approval before it is passed on to us.`,
        'You can approve the whole order or individual lines, or reject it with a reason.',
      ],
      action: 'Review the order',
    },
    order_released: {
      subject: (v) => `Order ${v.orderNumber} has been released`,
      body: (v) => [
        `Your order ${v.orderNumber} has been released and passed on to us for production. We will keep you informed of its progress.`,
      ],
      action: 'View the order',
    },
    order_rejected: {
      subject: (v) => `Order ${v.orderNumber} was not approved`,
      body: (v) => [
        `Unfortunately your order ${v.orderNumber} was not approved${v.actor ? ` by ${v.actor}` : ''} and has not been passed on to us.`,
        v.reason && `Reason: ${v.reason}`,
      ],
      action: 'View the order',
      after: () => ['If you have any questions, please speak to the person who approves your orders.'],
    },
    order_status: {
      subject: (v) => `Order ${v.orderNumber}: ${v.status}`,
      body: (v) => [
        `The status of your order ${v.orderNumber} has changed to “${v.status}”. ${v.statusNote ?? ''}`,
        v.note && `Note from us: ${v.note}`,
      ],
      action: 'View the order',
    },
    order_cancelled: {
      subject: (v) => `Order ${v.orderNumber} has been cancelled`,
      body: (v) => [
        `Order ${v.orderNumber}${v.company ? ` for ${v.company}` : ''} has been cancelled${v.actor ? ` by ${v.actor}` : ''}.`,
        v.reason && `Reason: ${v.reason}`,
      ],
      action: 'View the order',
    },
    new_order_sales: {
      subject: (v) => `New order ${v.orderNumber} from ${v.company}`,
      body: (v) => [
        `${v.company} has placed order ${v.orderNumber}. It has been released and is ready for production planning.`,
      ],
      action: 'Open the order',
    },
    quote_sent: {
      subject: (v) => `Your quote ${v.quoteNumber}`,
      body: (v) => [
        `We have prepared quote ${v.quoteNumber} for you (${v.total} net). Its prices hold until ${v.validUntil}; within that time you can turn it into an order in the portal with one click.`,
      ],
      action: 'Open the quote (PDF)',
    },
    order_confirmed: {
      subject: (v) => `Order ${v.orderNumber} confirmed`,
      body: (v) => [
        `We have confirmed your order ${v.orderNumber}.`,
        v.changes ? `We had to change the following:\n${v.changes}` : 'Everything is as you ordered it.',
        v.note && `Note from us: ${v.note}`,
        `The total is now ${v.total} net; the order confirmation in the portal shows the confirmed state.`,
      ],
      action: 'View the order',
    },
    order_message: {
      subject: (v) => `New message on order ${v.orderNumber}`,
      body: (v) => [
        `${v.actor} has written about order ${v.orderNumber}:`,
        v.message,
      ],
      action: 'Reply in the portal',
    },
    supplement_submitted: {
      subject: (v) => `Order ${v.orderNumber}: supplement ${v.supplement} from ${v.company}`,
      body: (v) => [
        `${v.company} has added supplement ${v.supplement} to order ${v.orderNumber} (${v.total} net). Please check it and confirm or reject it.`,
      ],
      action: 'Open the order',
    },
    supplement_confirmed: {
      subject: (v) => `Order ${v.orderNumber}: supplement ${v.supplement} confirmed`,
      body: (v) => [
        `We have confirmed supplement ${v.supplement} to your order ${v.orderNumber}; its lines are now part of the order.`,
      ],
      action: 'View the order',
    },
    supplement_rejected: {
      subject: (v) => `Order ${v.orderNumber}: supplement ${v.supplement} not accepted`,
      body: (v) => [
        `Supplement ${v.supplement} to order ${v.orderNumber} was not accepted${v.actor ? ` by ${v.actor}` : ''}; the order stays as it was.`,
        v.reason && `Reason: ${v.reason}`,
      ],
      action: 'View the order',
    },
    supplement_withdrawn: {
      subject: (v) => `Order ${v.orderNumber}: supplement ${v.supplement} withdrawn`,
      body: (v) => [
        `${v.company} has withdrawn supplement ${v.supplement} to order ${v.orderNumber}${v.actor ? ` (${v.actor})` : ''}; its lines are no longer part of the order. Nothing needs confirming.`,
      ],
      action: 'Open the order',
    },
    shipment_partial: {
      subject: (v) => `Order ${v.orderNumber}: part of it has been shipped`,
      body: (v) => [
        `Part of your order ${v.orderNumber} has left us with delivery note ${v.document}:`,
        v.items,
        'The rest follows. Please confirm the receipt of each line in the portal once the goods have arrived.',
        v.note && `Note from us: ${v.note}`,
      ],
      action: 'View the order',
    },
    receipt_complaint: {
      subject: (v) => `Complaint on order ${v.orderNumber} from ${v.company}`,
      body: (v) => [
        `${v.actor} of ${v.company} has confirmed the receipt of order ${v.orderNumber} with a complaint:`,
        v.items,
      ],
      action: 'Open the order',
    },
    return_requested: {
      subject: (v) => `Return ${v.returnNumber} requested by ${v.company}`,
      body: (v) => [
        `${v.actor} of ${v.company} asks to return goods of order ${v.orderNumber}.`,
        `Reason: ${v.reason}`,
        v.items,
        'Please accept the return with instructions for sending the goods back, or reject it.',
      ],
      action: 'Open the return',
    },
    return_photos: {
      subject: (v) => `Return ${v.returnNumber}: new photos`,
      body: (v) => [`${v.actor} has added ${v.lines} photo(s) to return ${v.returnNumber} (order ${v.orderNumber}).`],
      action: 'Open the return',
    },
    return_status: {
      subject: (v) => `Return ${v.returnNumber}: ${v.returnStatus}`,
      body: (v) => [
        `Your return ${v.returnNumber} for order ${v.orderNumber} is now “${v.returnStatus}”. ${v.returnStatusNote ?? ''}`,
        v.instructions && `How to send the goods back: ${v.instructions}`,
        v.document && v.total && `Credit note ${v.document} of ${v.total}.`,
        v.replacementNumber && `Replacement order: ${v.replacementNumber}.`,
        v.note && `Note from us: ${v.note}`,
      ],
      action: 'View the return',
    },
  },
};
