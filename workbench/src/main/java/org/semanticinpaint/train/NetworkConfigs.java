package org.semanticinpaint.train;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.SpadeDecoder;

/** The settings of every network a stage may build: the bundle's three and stage 2's discriminator. */
public record NetworkConfigs(SegmentationNet.Config segment, EspaAutoencoder.Config inpaint, SpadeDecoder.Config decode,
	PatchDiscriminator.Config discriminator)
{
	/** A card's networks. */
	public static NetworkConfigs of(ModelCard card) {
		return new NetworkConfigs(CardConfigs.segment(card), CardConfigs.inpaint(card), CardConfigs.decode(card),
			new PatchDiscriminator.Config(card.widths.discriminator));
	}
}
