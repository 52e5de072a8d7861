package fr.engagement.candidatures.entity;

/** Which service a candidature belongs to: referents only read bénévolat candidatures, they act on SNU ones. */
public enum Program {
    BENEVOLAT,
    SNU
}
