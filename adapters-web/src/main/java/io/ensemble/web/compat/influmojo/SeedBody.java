package io.ensemble.web.compat.influmojo;

/**
 * A request body of the Influmojo dialect: read by {@link SeedBodyReader}, which takes the Prisma
 * models' snake_case names and their camelCase spelling alike (issue 23 §6).
 */
interface SeedBody {
}
