/**
 * The agency back office of seeds/003 (issue 22 §1): applications to join the team, the team's
 * members, and tasks assigned to them. Plain Java: use cases, records and ports.
 */
package io.ensemble.agency;
