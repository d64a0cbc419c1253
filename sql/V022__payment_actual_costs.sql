-- The actual costs per cost category (a–f) a company reports on a payment request; the request's
-- documented_costs is the eligible sum they give (wages count at most twice the training costs).
CREATE TABLE payment_cost (
  payment_request_id  BIGINT        NOT NULL,
  category            VARCHAR(30)   NOT NULL,
  amount              DECIMAL(19,2) NOT NULL,
  CONSTRAINT pk_payment_cost PRIMARY KEY (payment_request_id, category),
  CONSTRAINT fk_payment_cost_request FOREIGN KEY (payment_request_id) REFERENCES payment_request (id),
  CONSTRAINT ck_payment_cost_amount CHECK (amount >= 0)
);
