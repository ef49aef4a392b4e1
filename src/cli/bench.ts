import { runBench } from '../../bench/run.ts'

export const benchCommand = (args: string[]) => runBench(args)
