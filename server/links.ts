/** Links in mails: pages of the portal (the components issue serves them under /portal). */
export const links = {
  setPassword: (base: string, token: string) => `${base}/portal/#/set-password?token=${encodeURIComponent(token)}`,
  order: (base: string, id: number) => `${base}/portal/#/orders/${id}`,
  approvals: (base: string, id: number) => `${base}/portal/#/approvals/${id}`,
  adminOrder: (base: string, id: number) => `${base}/admin/#/orders/${id}`,
  /** A return (RMA) in the portal and in the back office (issue [8]). */
  returnPage: (base: string, id: number) => `${base}/portal/#/returns/${id}`,
  adminReturn: (base: string, id: number) => `${base}/admin/#/returns/${id}`,
  accessRequests: (base: string) => `${base}/admin/#/access-requests`,
  login: (base: string) => `${base}/portal/`,
  /** A quote's PDF (the customer signs in to open it). */
  quotePdf: (base: string, id: number) => `${base}/api/quotes/${id}/pdf`,
};
