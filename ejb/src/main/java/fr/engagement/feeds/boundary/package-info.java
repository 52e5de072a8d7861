/**
 * Feed imports of announcers: the Jakarta Batch job {@code feed-import} (fetch and scan, chunks of missions into
 * the catalogue, cleanup of the missing ones), started on schedule and on demand ({@link FeedImports#start}), and
 * the import history the screens and the API read.
 */
package fr.engagement.feeds.boundary;
