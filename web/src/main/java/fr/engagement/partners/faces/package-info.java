/** Partner exchange screens for the ministry's administrators: partners and their API keys. */
package fr.engagement.partners.faces;
