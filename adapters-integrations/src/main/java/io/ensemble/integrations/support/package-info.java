/** Adapter code shared by several ports (see {@link io.ensemble.integrations} for the naming rule). */
package io.ensemble.integrations.support;
