package org.ocop.rules.internal.drools;

import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.internal.Share;

/** The council and the policies of one rating. Internal to the Drools engine. */
public final class SetupFact implements Described {

    private final int members;
    private final int councilSize;
    private final String chair;
    private final String secretary;
    private final MinimumPolicy minimumPolicy;
    private final MinimumConsensus consensus;
    private final boolean quorum;
    private final int maxSpread;
    private final boolean secretaryMustNotScore;

    /** Creates the fact. */
    public SetupFact(int members, int councilSize, String chair, String secretary, MinimumPolicy minimumPolicy, MinimumConsensus consensus, boolean quorum, int maxSpread, boolean secretaryMustNotScore) {
        this.members = members;
        this.councilSize = councilSize;
        this.chair = chair;
        this.secretary = secretary;
        this.minimumPolicy = minimumPolicy;
        this.consensus = consensus;
        this.quorum = quorum;
        this.maxSpread = maxSpread;
        this.secretaryMustNotScore = secretaryMustNotScore;
    }

    /** The members. */
    public int getMembers() {
        return members;
    }

    /** The councilSize. */
    public int getCouncilSize() {
        return councilSize;
    }

    /** The chair. */
    public String getChair() {
        return chair;
    }

    /** The secretary. */
    public String getSecretary() {
        return secretary;
    }

    /** The minimumPolicy. */
    public MinimumPolicy getMinimumPolicy() {
        return minimumPolicy;
    }

    /** The consensus. */
    public MinimumConsensus getConsensus() {
        return consensus;
    }

    /** The quorum. */
    public boolean isQuorum() {
        return quorum;
    }

    /** The maxSpread. */
    public int getMaxSpread() {
        return maxSpread;
    }

    /** The secretaryMustNotScore. */
    public boolean isSecretaryMustNotScore() {
        return secretaryMustNotScore;
    }

    /** The least number of members that is a strict majority ({@link Share#MAJORITY}). */
    public int getMajority() {
        return Share.MAJORITY.fewest(members);
    }

    /** The least number of participants that is the council's quorum ({@link Share#QUORUM}: three quarters). */
    public int getQuorumNeeded() {
        return Share.QUORUM.fewest(councilSize);
    }

    @Override
    public String describe() {
        return "policy " + minimumPolicy + ", consensus " + consensus;
    }

    @Override
    public String toString() {
        return describe();
    }
}
