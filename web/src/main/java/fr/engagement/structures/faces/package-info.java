/** Structure screens: the responsable's home and profile form, the referent's queues and review page. */
package fr.engagement.structures.faces;
