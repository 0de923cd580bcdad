package app.flashpoint.bench;

import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.SimulationConfig;
import app.flashpoint.core.fsrs.SimulationResult;
import app.flashpoint.core.fsrs.Simulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole simulation as {@code POST /api/fsrs/simulate} runs it: 10,000 new cards learned and reviewed over 365
 * days at retention 0.9 with default weights, no daily time cap (the heaviest case: every due card is reviewed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulatorBenchmark {
    @Param({"10000"})
    public int deckSize;

    @Benchmark
    public SimulationResult simulate365Days() {
        return Simulator.simulate(SimulationConfig.of(Parameters.defaults(), 0.9, deckSize, 365, Double.MAX_VALUE), 7L);
    }
}
