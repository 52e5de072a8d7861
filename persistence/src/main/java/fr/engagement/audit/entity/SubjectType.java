package fr.engagement.audit.entity;

public enum SubjectType {
    STRUCTURE,
    MISSION,
    CANDIDATURE
}
