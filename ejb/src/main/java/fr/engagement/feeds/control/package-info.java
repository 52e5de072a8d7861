/**
 * The partners' XML feed format (API Engagement §2.1): a bounded, streaming StAX parse with DTDs and external
 * entities refused, and the mapping of each {@code <mission>} to a draft, with the aliases partners really send.
 * Pure Java: no container, no database.
 */
package fr.engagement.feeds.control;
