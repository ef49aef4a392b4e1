export const campaignRoutes = []
