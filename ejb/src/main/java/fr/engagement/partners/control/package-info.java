/** Partner exchange internals: mission review rules, normalisation, geocoding, diffusion predicates. */
package fr.engagement.partners.control;
