export const auditRoutes = []
