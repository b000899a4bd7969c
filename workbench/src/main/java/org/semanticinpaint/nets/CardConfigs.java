package org.semanticinpaint.nets;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.Shapes;

/**
 * The three networks' build settings as a model card describes them (the workbench side of the card); sizes come
 * from the card's {@link Shapes}.
 */
public final class CardConfigs {

	private CardConfigs() {}

	public static EspaAutoencoder.Config inpaint(ModelCard card) {
		Shapes s = card.shapes();
		return new EspaAutoencoder.Config(s.channels(), card.widths.inpaint, s.tile(), card.widths.espa);
	}

	public static SegmentationNet.Config segment(ModelCard card) {
		Shapes s = card.shapes();
		return new SegmentationNet.Config(s.channels(), s.classes(), card.widths.segment, s.tile());
	}

	public static SpadeDecoder.Config decode(ModelCard card) {
		Shapes s = card.shapes();
		return new SpadeDecoder.Config(s.channels(), s.classes(), s.featureChannels(), card.widths.decodeHidden,
			s.tile(), "bilinear".equals(card.widths.decodeUpsampling));
	}
}
