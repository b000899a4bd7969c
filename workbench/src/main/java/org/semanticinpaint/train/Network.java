package org.semanticinpaint.train;

/** The networks a stage can train: the bundle's three, and stage 2's discriminator (not kept in a bundle). */
public enum Network {
	SEGMENT, INPAINT, DECODE, DISCRIMINATOR
}
