/** Platform plumbing: datasource, schema migration at start, clock, rich-text sanitising. */
package fr.engagement.platform.control;
