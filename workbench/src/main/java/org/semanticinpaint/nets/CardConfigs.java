package org.semanticinpaint.nets;

import org.semanticinpaint.bundle.ModelCard;

/** The three networks' build settings as a model card describes them (the workbench side of the card). */
public final class CardConfigs {

	private CardConfigs() {}

	public static EspaAutoencoder.Config inpaint(ModelCard card) {
		return new EspaAutoencoder.Config(card.channels, card.widths.inpaint, card.tile, card.widths.espa);
	}

	public static SegmentationNet.Config segment(ModelCard card) {
		return new SegmentationNet.Config(card.channels, card.classCount(), card.widths.segment, card.tile);
	}

	public static SpadeDecoder.Config decode(ModelCard card) {
		return new SpadeDecoder.Config(card.channels, card.classCount(), 4 * card.widths.inpaint,
			card.widths.decodeHidden, card.tile, "bilinear".equals(card.widths.decodeUpsampling));
	}
}
