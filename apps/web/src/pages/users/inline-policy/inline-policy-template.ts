/** The text a new inline policy starts from: one statement to fill in (empty lists are flagged until filled). */
export const NEW_POLICY_TEMPLATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Statement1",
      "Effect": "Allow",
      "Action": [],
      "Resource": []
    }
  ]
}
`;
