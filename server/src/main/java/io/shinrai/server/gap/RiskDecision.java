package io.shinrai.server.gap;

/** What the hospital decides about a gap, in the usual terms of risk treatment. */
public enum RiskDecision {
    /** 受容: the risk is accepted as it is. */
    ACCEPT,
    /** 低減: compensating controls bring the risk down. */
    MITIGATE,
    /** 回避: the function or connection at risk is not used. */
    AVOID,
    /** 移転: the risk is carried by someone else, e.g. by contract or insurance. */
    TRANSFER
}
