export const householdRoutes = []
