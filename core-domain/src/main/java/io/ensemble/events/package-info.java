/**
 * The events context (issue 21, seeds/000): hosts' events with time, place, price, capacity and
 * tags ({@link io.ensemble.events.EventService}), their search and detail
 * ({@link io.ensemble.events.EventFinder}), and RSVPs with a capacity-bound waitlist
 * ({@link io.ensemble.events.RsvpService}). Plain Java; persistence behind
 * {@link io.ensemble.events.EventRepository}, {@link io.ensemble.events.EventSearchRepository} and
 * {@link io.ensemble.events.RsvpRepository}.
 */
package io.ensemble.events;
