package fr.engagement.platform.entity;

/**
 * How the acting person stands towards the object a transition applies to. Boundaries work out the party from the
 * caller's roles and scopes; transition tables are written per party.
 */
public enum Party {
    /** The person who applied (or was proposed) on a candidature. */
    CANDIDATE,
    /** A responsable of the object's structure, or the head of its network. */
    STRUCTURE,
    /** A referent of the object's department or region. */
    REFERENT,
    /** Ministry staff: national scope. */
    ADMIN,
    /** The platform itself: automatic transitions and scheduled jobs. */
    SYSTEM
}
