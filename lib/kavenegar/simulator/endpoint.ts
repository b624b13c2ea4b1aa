// What one simulated API method is: the account and parameters in, the `entries` out.
import type { SimAccount } from "./accounts";
import type { Params } from "./rules";
import type { SimulatorState } from "./state";

export interface EndpointContext {
  state: SimulatorState;
  account: SimAccount;
  params: Params;
}

export interface Endpoint {
  /** GET answers 405. */
  postOnly?: boolean;
  /** Returns the `entries`; throws SimApiFailure for any other status. */
  handle(context: EndpointContext): unknown;
}
