package org.semanticinpaint.train;

import java.util.List;
import java.util.Map;

import org.semanticinpaint.nets.NetScope;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * A stage that trains one network with one Adam (segmentation, stage 1): its {@link #build} calls
 * {@link #optimise} and {@link #validateWith} once each, in the order its graph needs.
 */
abstract class OneNetworkTrainer extends StageTrainer {

	private Network network;
	private NetScope scope;
	private Adam adam;
	private Operand<TFloat32> validation;

	/** Adam on the variables of {@code trained} (network {@code n}), minimising {@code loss}. */
	protected final void optimise(Network n, NetScope trained, Operand<TFloat32> loss, Adam.Betas betas) {
		network = n;
		scope = trained;
		adam = new Adam(tf, "adam", loss, trained.variables(), betas);
	}

	protected final void validateWith(Operand<TFloat32> loss) {
		validation = loss;
	}

	@Override
	protected final void addUpdates(Session.Runner runner, float lr, List<TFloat32> toClose) {
		adam.addTo(runner, lr, toClose);
	}

	@Override
	protected final Operand<TFloat32> validationLoss() {
		return validation;
	}

	@Override
	protected final Map<Network, NetScope> trainedScopes() {
		return Map.of(network, scope);
	}
}
