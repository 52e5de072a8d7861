/** Mission screens: the public search and mission page, the structure's form, the management and review page. */
package fr.engagement.missions.faces;
