package org.semanticinpaint.train;

import java.nio.file.Path;
import java.util.Map;

import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelCard;

import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.nets.Weights;

/**
 * The three networks' trainable weights for a card, in the current format: fresh, or carried over from a bundle
 * folder layer by layer (a format-1 bundle's renamed layers start afresh). A network not trained yet may be null in a
 * test: its trainer then starts it from seeded random weights.
 */
public record NetworkWeights(Weights segment, Weights inpaint, Weights decode) {

	public static NetworkWeights fresh(ModelCard card, long seed) {
		return new NetworkWeights(
			InitialWeights.of(tf -> NetGraphs.segment(tf, CardConfigs.segment(card), NetScope.Mode.TRAINABLE, null, seed)),
			InitialWeights.of(tf -> NetGraphs.inpaint(tf, CardConfigs.inpaint(card), NetScope.Mode.TRAINABLE, null, seed)),
			InitialWeights.of(tf -> NetGraphs.decode(tf, CardConfigs.decode(card), NetScope.Mode.TRAINABLE, null, seed + 1)));
	}

	/** The same stage 1 and 2 with another segmentation network (one restarted at a new width). */
	public NetworkWeights withSegment(Weights other) {
		return new NetworkWeights(other, inpaint, decode);
	}

	/** These weights with the bundle's networks a stage trained replaced by their trained weights. */
	public NetworkWeights with(Map<Network, Weights> trained) {
		return new NetworkWeights(trained.getOrDefault(Network.SEGMENT, segment),
			trained.getOrDefault(Network.INPAINT, inpaint), trained.getOrDefault(Network.DECODE, decode));
	}

	public NetworkWeights updatedFrom(Path bundleDir) throws BundleException {
		return new NetworkWeights(segment.updatedFrom(WeightsReader.read(bundleDir.resolve(NetSignatures.SEGMENT))),
			inpaint.updatedFrom(WeightsReader.read(bundleDir.resolve(NetSignatures.INPAINT))),
			decode.updatedFrom(WeightsReader.read(bundleDir.resolve(NetSignatures.DECODE))));
	}
}
