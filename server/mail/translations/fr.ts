import type { Translation } from './translation.js';

// French typography: a non-breaking space (\u00a0) before « : ; ! ? » and inside « … ».
export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $locale: 'fr-FR',
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  signOff: 'Cordialement,',
  signature: 'L’équipe du portail client',
  colon: '\u00a0: ',
  linkHint: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
  automatic: 'Cet e-mail a été envoyé automatiquement par notre portail client.',
  labels: {
    orderNumber: 'N° de commande',
    company: 'Société',
    customerNumber: 'N° client',
    requester: 'Nom',
    email: 'E-mail',
    orderer: 'Commandé par',
    lines: 'Lignes',
    total: 'Montant total',
    requestedDate: 'Date souhaitée',
    status: 'Statut',
    quoteNumber: 'Numéro de devis',
    validUntil: 'Valable jusqu’au',
    document: 'Document',
    returnNumber: 'Numéro de retour',
    returnStatus: 'Statut du retour',
    replacementNumber: 'Commande de remplacement',
  },
  fields: { quantity: 'quantité', deliveryDate: 'date de livraison' },
  changeLine: (c) => `Pos. ${c.position} ${c.name}\u00a0: ${c.field} ${c.from} → ${c.to} (${c.reason})`,
  status: {
    pending_approval: 'En attente de validation',
    released: 'Validée',
    in_production: 'En fabrication',
    shipped: 'Expédiée',
    completed: 'Terminée',
    rejected: 'Refusée',
    cancelled: 'Annulée',
  },
  statusNote: {
    pending_approval: 'La commande attend une validation au sein de votre entreprise.',
    released: 'Nous avons bien reçu la commande et la planifions pour la fabrication.',
    in_production: 'Vos pièces sont en cours de fabrication.',
    shipped: 'Vos pièces sont en route.',
    completed: 'La commande est terminée. Merci de votre confiance\u00a0!',
    rejected: 'La commande ne sera pas exécutée.',
    cancelled: 'La commande ne sera pas exécutée.',
  },
  returnStatus: {
    requested: 'Demandé',
    accepted: 'Accepté',
    rejected: 'Refusé',
    received: 'Marchandise reçue en retour',
    credited: 'Avoir établi',
    replaced: 'Remplacé',
    closed: 'Clos',
  },
  returnStatusNote: {
    requested: 'Nous avons bien reçu votre demande de retour.',
    accepted: 'Nous acceptons le retour. Merci de nous renvoyer la marchandise comme indiqué ci-dessous.',
    rejected: 'Nous ne pouvons malheureusement pas accepter ce retour.',
    received: 'La marchandise retournée nous est parvenue ; nous traitons le retour sous peu.',
    credited: 'Nous avons établi un avoir pour la marchandise retournée.',
    replaced: 'Nous refabriquons gratuitement les pièces retournées ; la commande de remplacement est déjà planifiée.',
    closed: 'Le retour est clos.',
  },
  mails: {
    invitation: {
      subject: (v) => `Votre invitation au portail client pour ${v.company}`,
      body: (v) => [
        `Un accès à notre portail client a été créé pour vous au nom de la société ${v.company}. Vous pourrez y déposer vos plans, obtenir un prix immédiatement, passer vos commandes et en suivre l’avancement.`,
        `Veuillez choisir votre mot de passe à l’aide du bouton ci-dessous. Le lien est valable ${v.expiresIn} et ne peut être utilisé qu’une seule fois.`,
      ],
      action: 'Choisir mon mot de passe',
    },
    password_reset: {
      subject: () => 'Réinitialisation de votre mot de passe',
      body: (v) => [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte sur le portail client.',
        `Utilisez le bouton ci-dessous pour choisir un nouveau mot de passe. Le lien est valable ${v.expiresIn} et ne peut être utilisé qu’une seule fois.`,
      ],
      action: 'Choisir un nouveau mot de passe',
      after: () => ['Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail\u00a0: votre mot de passe reste inchangé.'],
    },
    access_request: {
      subject: (v) => `Demande d’accès\u00a0: ${v.company}`,
      body: (v) => [
        `${v.requester} (${v.email}) a demandé un accès au portail client pour ${v.company}.`,
        'Veuillez examiner la demande et l’accepter ou la refuser dans le back-office.',
      ],
      action: 'Examiner la demande',
    },
    access_approved: {
      subject: () => 'Votre accès au portail client est prêt',
      body: (v) => [
        `Bonne nouvelle\u00a0: votre demande pour ${v.company} a été acceptée et votre compte est prêt.`,
        `Veuillez choisir votre mot de passe à l’aide du bouton ci-dessous pour vous connecter. Le lien est valable ${v.expiresIn} et ne peut être utilisé qu’une seule fois.`,
      ],
      action: 'Choisir mon mot de passe',
    },
    access_rejected: {
      subject: () => 'Votre demande d’accès au portail client',
      body: (v) => [
        `Merci de l’intérêt que vous nous portez. Nous ne pouvons malheureusement pas donner suite à votre demande d’accès pour ${v.company} pour le moment.`,
        v.reason && `Motif\u00a0: ${v.reason}`,
        'Pour toute question, nous restons à votre disposition.',
      ],
      action: 'Accéder au portail',
    },
    approval_requested: {
      subject: (v) => `Validation requise\u00a0: commande ${v.orderNumber}`,
      body: (v) => [
        `${v.orderer} a passé la commande ${v.orderNumber} pour ${v.company}. Elle doit être validée par vous avant de nous être transmise.`,
        'Vous pouvez valider la commande entière ou seulement certaines lignes, ou la refuser en indiquant un motif.',
      ],
      action: 'Examiner la commande',
    },
    order_released: {
      subject: (v) => `Commande ${v.orderNumber} validée`,
      body: (v) => [
        `Votre commande ${v.orderNumber} a été validée et nous a été transmise pour la fabrication. Nous vous informerons de son avancement.`,
      ],
      action: 'Voir la commande',
    },
    order_rejected: {
      subject: (v) => `Commande ${v.orderNumber} non validée`,
      body: (v) => [
        `Votre commande ${v.orderNumber} n’a malheureusement pas été validée${v.actor ? ` par ${v.actor}` : ''} et ne nous a donc pas été transmise.`,
        v.reason && `Motif\u00a0: ${v.reason}`,
      ],
      action: 'Voir la commande',
      after: () => ['Pour toute question, adressez-vous à la personne chargée de valider vos commandes.'],
    },
    order_status: {
      subject: (v) => `Commande ${v.orderNumber}\u00a0: ${v.status}`,
      body: (v) => [
        `Le statut de votre commande ${v.orderNumber} a changé\u00a0: «\u00a0${v.status}\u00a0». ${v.statusNote ?? ''}`,
        v.note && `Notre remarque\u00a0: ${v.note}`,
      ],
      action: 'Voir la commande',
    },
    order_cancelled: {
      subject: (v) => `Commande ${v.orderNumber} annulée`,
      body: (v) => [
        `La commande ${v.orderNumber}${v.company ? ` pour ${v.company}` : ''} a été annulée${v.actor ? ` par ${v.actor}` : ''}.`,
        v.reason && `Motif\u00a0: ${v.reason}`,
      ],
      action: 'Voir la commande',
    },
    new_order_sales: {
      subject: (v) => `Nouvelle commande ${v.orderNumber} – ${v.company}`,
      body: (v) => [
        `${v.company} a passé la commande ${v.orderNumber}. Elle est validée et peut être planifiée pour la fabrication.`,
      ],
      action: 'Ouvrir la commande',
    },
    quote_sent: {
      subject: (v) => `Votre devis ${v.quoteNumber}`,
      body: (v) => [
        `Nous avons établi pour vous le devis ${v.quoteNumber} (${v.total} HT). Ses prix sont valables jusqu’au ${v.validUntil} ; d’ici là, vous pouvez le transformer en commande dans le portail en un clic.`,
      ],
      action: 'Ouvrir le devis (PDF)',
    },
    order_confirmed: {
      subject: (v) => `Commande ${v.orderNumber} confirmée`,
      body: (v) => [
        `Nous avons confirmé votre commande ${v.orderNumber}.`,
        v.changes ? `Nous avons dû modifier ce qui suit\u00a0:\n${v.changes}` : 'Tout est conforme à votre commande.',
        v.note && `Notre remarque\u00a0: ${v.note}`,
        `Le total est désormais de ${v.total} HT\u00a0; la confirmation de commande dans le portail montre l’état confirmé.`,
      ],
      action: 'Voir la commande',
    },
    order_message: {
      subject: (v) => `Nouveau message sur la commande ${v.orderNumber}`,
      body: (v) => [
        `${v.actor} a écrit au sujet de la commande ${v.orderNumber}\u00a0:`,
        v.message,
      ],
      action: 'Répondre dans le portail',
    },
    supplement_submitted: {
      subject: (v) => `Commande ${v.orderNumber}\u00a0: complément ${v.supplement} de ${v.company}`,
      body: (v) => [
        `${v.company} a ajouté le complément ${v.supplement} à la commande ${v.orderNumber} (${v.total} HT). Merci de le vérifier, puis de le confirmer ou de le refuser.`,
      ],
      action: 'Ouvrir la commande',
    },
    supplement_confirmed: {
      subject: (v) => `Commande ${v.orderNumber}\u00a0: complément ${v.supplement} confirmé`,
      body: (v) => [
        `Nous avons confirmé le complément ${v.supplement} à votre commande ${v.orderNumber}\u00a0; ses lignes font désormais partie de la commande.`,
      ],
      action: 'Voir la commande',
    },
    supplement_rejected: {
      subject: (v) => `Commande ${v.orderNumber}\u00a0: complément ${v.supplement} refusé`,
      body: (v) => [
        `Le complément ${v.supplement} à la commande ${v.orderNumber} n’a pas été accepté${v.actor ? ` par ${v.actor}` : ''}\u00a0; la commande reste inchangée.`,
        v.reason && `Motif\u00a0: ${v.reason}`,
      ],
      action: 'Voir la commande',
    },
    supplement_withdrawn: {
      subject: (v) => `Commande ${v.orderNumber}\u00a0: complément ${v.supplement} retiré`,
      body: (v) => [
        `${v.company} a retiré le complément ${v.supplement} à la commande ${v.orderNumber}${v.actor ? ` (${v.actor})` : ''}\u00a0; ses lignes ne font plus partie de la commande. Rien à confirmer.`,
      ],
      action: 'Ouvrir la commande',
    },
    shipment_partial: {
      subject: (v) => `Commande ${v.orderNumber} : livraison partielle expédiée`,
      body: (v) => [
        `Une partie de votre commande ${v.orderNumber} nous a quittés avec le bon de livraison ${v.document} :`,
        v.items,
        'Le reste suit. Merci de confirmer dans le portail la réception de chaque ligne dès l’arrivée de la marchandise.',
        v.note && `Notre remarque : ${v.note}`,
      ],
      action: 'Voir la commande',
    },
    receipt_complaint: {
      subject: (v) => `Réclamation sur la commande ${v.orderNumber} de ${v.company}`,
      body: (v) => [
        `${v.actor} (${v.company}) a confirmé la réception de la commande ${v.orderNumber} avec une réclamation :`,
        v.items,
      ],
      action: 'Ouvrir la commande',
    },
    return_requested: {
      subject: (v) => `Retour ${v.returnNumber} demandé par ${v.company}`,
      body: (v) => [
        `${v.actor} (${v.company}) souhaite retourner des marchandises de la commande ${v.orderNumber}.`,
        `Motif : ${v.reason}`,
        v.items,
        'Merci d’accepter le retour avec des instructions de renvoi, ou de le refuser.',
      ],
      action: 'Ouvrir le retour',
    },
    return_photos: {
      subject: (v) => `Retour ${v.returnNumber} : nouvelles photos`,
      body: (v) => [`${v.actor} a ajouté ${v.lines} photo(s) au retour ${v.returnNumber} (commande ${v.orderNumber}).`],
      action: 'Ouvrir le retour',
    },
    return_status: {
      subject: (v) => `Retour ${v.returnNumber} : ${v.returnStatus}`,
      body: (v) => [
        `Votre retour ${v.returnNumber} pour la commande ${v.orderNumber} est maintenant « ${v.returnStatus} ». ${v.returnStatusNote ?? ''}`,
        v.instructions && `Comment renvoyer la marchandise : ${v.instructions}`,
        v.document && v.total && `Avoir ${v.document} de ${v.total}.`,
        v.replacementNumber && `Commande de remplacement : ${v.replacementNumber}.`,
        v.note && `Notre remarque : ${v.note}`,
      ],
      action: 'Voir le retour',
    },
  },
};
